"""Streamlit helpers shared by the pages: session state, translation lookup, widgets."""
