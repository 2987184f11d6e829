"""Welcome page (placeholder: the lead replaces it)."""

import streamlit as st

st.title("Programme pilote IA, TI et effets visuels — auto-évaluation")
st.write("Ce programme pilote a été abrogé le 1er janvier 2026.")
