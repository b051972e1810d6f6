"""The Streamlit dashboard of modelterms (run `modelterms app`). Library code lives in analyzer/."""
