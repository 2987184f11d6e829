"""Entry point and router (placeholder: the lead replaces it)."""

import streamlit as st

st.set_page_config(
    page_title="Programme pilote IA, TI et effets visuels — auto-évaluation",
    layout="centered",
)

page = st.navigation([st.Page("pages/welcome.py", title="Accueil", default=True)])
page.run()
