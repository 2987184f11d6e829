"""The program as code: answers, rules, assessment and explanations. No Streamlit below here."""
