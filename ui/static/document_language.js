// Streamlit writes lang="en" on the page's root element whatever the language shown: set the
// chosen one (ARGS.lang, a whitelisted value).
document.documentElement.lang = ARGS.lang;
