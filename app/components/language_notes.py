"""Language notes above a comparison: a text the analyzer does not read (its 'silent' cells
mean 'not read'), and bilingual texts whose two versions differ, with both evidences."""

import streamlit as st

from analyzer.language import language_note, unread_parts_note


def show(profiles) -> None:
    for p in profiles:
        note = language_note(p.language) or unread_parts_note(p.text)
        if note:
            st.warning(f"**{p.name}**: {note}.", icon="⚠️")
        if p.versions_differ:
            terms = ", ".join(d.term for d in p.versions_differ)
            with st.expander(
                f"⚠️ {p.name}: bilingual, read in its English version and, where it asks more, its "
                f"Chinese version; the versions differ on {terms}"
            ):
                for d in p.versions_differ:
                    st.markdown(f"**{d.term}**: English `{d.en.status}`, Chinese `{d.zh.status}`")
                    for side, r in (("English", d.en), ("Chinese", d.zh)):
                        e = r.evidence[0] if r.evidence else None
                        quote = f"[{e.start}:{e.end}] {e.text}" if e else "(this version does not address it)"
                        st.caption(f"{side}: {quote}")
