// Streamlit writes <html lang="en">: set the chosen language (ARGS.lang, a whitelisted value).
document.documentElement.lang = ARGS.lang;
