"""English probe round (issue 9): commercial readings of clauses written for this test as AI model
licences, terms of use, model cards and READMEs word them (no licence text is quoted). The
expectations were decided from docs/TERMS.md alone and committed before the analyzer ever ran on
them. Each sentence is read alone, and after a general grant: a grant never outweighs a limit or
a gate. "!granted" means any status but granted (the clause limits commercial use, but TERMS.md
does not settle which of prohibited/conditional)."""

import pytest

from analyzer.nlp.pipeline import parse, shared_nlp

GRANT = (
    "Subject to the terms of this License, the Licensor grants you a non-exclusive, worldwide, "
    "royalty-free copyright license to use, copy, modify and distribute the Model.\n"
)

CASES = [
    # purpose limits: research-only, evaluation-only, internal, non-profit, personal
    ("prohibited", "The Model is made available to you solely for academic research."),
    (
        "prohibited",
        "This checkpoint is intended for research purposes only and may not be used in production.",
    ),
    ("prohibited", "Use is restricted to internal evaluation of the Model."),
    ("prohibited", "You may use the Software only for your internal, non-commercial evaluation."),
    ("prohibited", "ACME RESEARCH-ONLY MODEL LICENSE"),
    ("prohibited", "Non-profit organisations may use the Model free of charge; no other use is licensed."),
    ("prohibited", "The weights may be used by non-profit organisations only."),
    ("prohibited", "Free for personal and educational use."),
    ("prohibited", "The model is restricted to teaching and academic research at accredited institutions."),
    ("prohibited", "Only non-commercial uses are authorised under this licence."),
    ("prohibited", "Research-only license: the weights may not be used for any purpose other than research."),
    ("prohibited", "This model is released under a non-commercial license."),
    (
        "prohibited",
        "Intended use: scientific research. Out-of-scope use: any commercial application.",
    ),
    ("prohibited", "The Model is provided for demonstration purposes and may not be deployed in products."),
    # bans and negations
    ("prohibited", "You may not use the Model, or any output of it, to generate revenue."),
    ("prohibited", "Monetisation of the Model in any form is not allowed."),
    ("prohibited", "The Model must not be used for commercial gain."),
    ("prohibited", "No commercial use."),
    ("prohibited", "Commercial use of this model is forbidden."),
    (
        "prohibited",
        "You are not permitted to use the Model for any commercial purposes, whether directly or indirectly.",
    ),
    ("prohibited", "The license does not cover commercial use."),
    ("prohibited", "Nothing in this License grants you a right to use the Model commercially."),
    ("prohibited", "This release is not licensed for commercial deployment."),
    ("prohibited", "Use of the model in revenue-generating products or services is not allowed."),
    # debatable, labelled prohibited before the run: TERMS.md does not say whether a ban on paid
    # services alone withholds commercial use or limits it; the engine reads selling withheld while
    # other commercial use is open as conditional (commercial.sale_withheld, the Commons Clause),
    # and this ban reads the same (commercial.paid_offering_withheld). Either way, never granted.
    ("!granted", "You may not offer the Model as part of a paid service."),
    ("prohibited", "Use by for-profit companies is prohibited."),
    ("prohibited", "The Model must not be used in any production environment."),
    ("prohibited", "The model is not intended for commercial use."),
    ("prohibited", "Except for commercial use, you may use the Model for any purpose."),
    ("prohibited", "You may use the Model for any purpose other than commercial purposes."),
    # a non-commercial grant stays prohibited even where a commercial licence may be had separately
    (
        "prohibited",
        "You may use the Model for non-commercial purposes. For commercial licensing, contact "
        "licensing@acme.example.",
    ),
    # gates: subscription, paid plan, production licence, application, approval, registration
    ("conditional", "Commercial use requires a subscription to one of our paid plans."),
    ("conditional", "Production use requires an Enterprise license."),
    ("conditional", "To deploy the Model in production, you need to purchase a commercial license."),
    ("conditional", "The Model is free for personal use; commercial use requires a paid license."),
    ("conditional", "Commercial use must be approved by Acme in writing before it begins."),
    (
        "conditional",
        "You must submit an application and receive approval before using the Model for commercial purposes.",
    ),
    (
        "conditional",
        "Commercial use is permitted after you sign up on our website and accept the commercial terms.",
    ),
    ("conditional", "Businesses may use the Model once they have registered for an API key."),
    ("conditional", "Not for commercial use unless you have a written agreement with Acme."),
    ("conditional", "You may not commercialise the Model unless Acme grants you permission."),
    ("conditional", "Commercial use is only available to paying customers."),
    ("conditional", "A paid plan is required to use the Model in commercial products."),
    ("conditional", "Commercial use is permitted on the condition that you notify us in advance."),
    ("conditional", "Use in commercial settings requires a separate agreement with the Licensor."),
    ("conditional", "Hosted commercial services built on the Model need our prior approval."),
    ("conditional", "Commercial use is not permitted unless you hold a commercial license."),
    # "unless otherwise agreed" offers agreement as the gate, like "without our prior written consent"
    ("conditional", "Unless otherwise agreed in writing, the Model may not be used commercially."),
    # debatable: an offer of commercial licences implies the free grant does not cover commercial use
    # (TERMS.md: a commercial license the licensor offers by e-mail gates it); read as conditional
    ("conditional", "Commercial licences are available on request; write to legal@acme.example."),
    ("conditional", "Interested in commercial use? Reach out to our partnerships team to get a licence."),
    # thresholds in several metrics and currencies
    ("conditional", "Companies with more than 50 employees must obtain a paid licence."),
    (
        "conditional",
        "Organisations whose annual turnover exceeds EUR 5 million need a commercial licence from Acme.",
    ),
    (
        "conditional",
        "If your product serves more than 10,000 daily active users, you must contact us for a license.",
    ),
    ("conditional", "Commercial use is free for businesses earning less than £1M a year."),
    (
        "conditional",
        "You may use the Model commercially as long as your monthly visits stay below 1 million.",
    ),
    (
        "conditional",
        "Startups with less than USD 500k in annual revenue may use the Model commercially at no charge.",
    ),
    ("conditional", "Commercial use above 1,000 monthly users is subject to a fee."),
    (
        "conditional",
        "If your company has over ¥10 million in annual revenue, please obtain a commercial license.",
    ),
    ("conditional", "Commercial use is permitted for organisations with fewer than 100 staff."),
    # only some sizes
    (
        "conditional",
        "Commercial use is allowed for the 7B and 13B models; the 70B model is licensed for research only.",
    ),
    (
        "conditional",
        "The small model may be used commercially, while the large model is restricted to "
        "non-commercial use.",
    ),
    # debatable: commercial use is expressly allowed, but a ban on selling the Model limits commercial
    # exploitation; never more permissive than the text, so not granted
    ("!granted", "You may not sell the Model itself, but you may use it commercially."),
    # outputs not usable commercially: the model cannot be used for commercial ends through them
    ("!granted", "Images you create with the Model may not be used commercially."),
    # grants, including negated restrictions and double negations
    ("granted", "Commercial use is not restricted."),
    ("granted", "There are no commercial restrictions on this model."),
    ("granted", "You may use the Model for any lawful purpose, including commercial purposes."),
    ("granted", "The Model is free to use for commercial and research purposes."),
    ("granted", "Commercial use is allowed without restriction."),
    ("granted", "Both commercial and non-commercial use are permitted, free of charge."),
    ("granted", "You're free to use the model in commercial products."),
    ("granted", "Nothing in this licence prevents commercial use of the Model."),
    ("granted", "Commercial use is not prohibited."),
    ("granted", "It is not forbidden to use the Model for commercial purposes."),
    ("granted", "The Model may be used for commercial purposes without paying royalties."),
    ("granted", "Businesses can deploy the Model in production without a separate license."),
    ("granted", "This model is licensed for commercial use."),
    ("granted", "No restrictions on commercial usage."),
    ("granted", "Commercial use: allowed."),
    ("granted", "Research and commercial use are both welcome."),
]


# other terms the clause decides, each sentence alone
OTHER = [
    ("The Model is made available to you solely for academic research.", {"research_use": "granted"}),
    (
        "This checkpoint is intended for research purposes only and may not be used in production.",
        {"research_use": "granted"},
    ),
    (
        "Research-only license: the weights may not be used for any purpose other than research.",
        {"research_use": "granted"},
    ),
    (
        "The model is restricted to teaching and academic research at accredited institutions.",
        {"research_use": "granted"},
    ),
    ("The Model is free to use for commercial and research purposes.", {"research_use": "granted"}),
    ("Research and commercial use are both welcome.", {"research_use": "granted"}),
    (
        "Outputs generated by the Model may be used for any purpose, including commercial purposes.",
        {"output_use": "granted"},
    ),
    ("Images you create with the Model may not be used commercially.", {"output_use": "conditional"}),
    (
        "We do not claim ownership of the content you generate; you are free to use it commercially.",
        {"output_use": "granted"},
    ),
    (
        "Generated text may be used commercially only by subscribers to a paid plan.",
        {"output_use": "conditional"},
    ),
    (
        "You may not use outputs of the Model to train, develop or improve other AI models.",
        {"train_other_models": "prohibited", "output_use": "conditional"},
    ),
    (
        "Using the Model's outputs to create a competing model is prohibited.",
        {"train_other_models": "prohibited"},
    ),
    (
        "You may use outputs to train other models, provided the resulting model's name begins with 'Acme'.",
        {"train_other_models": "conditional"},
    ),
    ("Distillation of the Model into other models is permitted.", {"train_other_models": "granted"}),
]


SILENT = [
    "Acme is a commercial company based in Berlin.",
    "The training data includes commercially licensed datasets.",
    "We thank our commercial partners for their support.",
    "For press enquiries, contact our commercial team.",
]


# A second, held-out batch (paraphrases of the same kinds, and a few new ones), written after the
# first batch's fixes and committed before any run, to check that those fixes generalise.
HELD_OUT = [
    ("prohibited", "This model may only be used by registered charities."),
    ("prohibited", "Use of these weights is reserved for non-profit research labs."),
    ("prohibited", "Out of scope: commercial deployment, medical diagnosis."),
    ("prohibited", "You must not ship the Model inside any commercial product."),
    ("prohibited", "Nothing in these terms gives you any right to commercialise the Model."),
    ("prohibited", "These weights are not cleared for production deployment."),
    ("prohibited", "For-profit entities are not allowed to use the Model."),
    ("prohibited", "Apart from commercial purposes, you may use the Model however you like."),
    ("prohibited", "Personal, non-commercial use only."),
    ("prohibited", "This model card describes a research artefact; it is not meant for commercial use."),
    # a ban on one mode of commercial exploitation (products you sell): limited, never granted
    ("!granted", "You may not integrate the weights into a product you sell."),
    (
        "!granted",
        "You may not resell the Model by itself, but you may use it in your own commercial products.",
    ),
    (
        "conditional",
        "If you want to run the Model in production you will need to buy an enterprise licence.",
    ),
    ("conditional", "Deployment in commercial environments requires our written approval."),
    ("conditional", "Commercial use requires a paid subscription plan."),
    ("conditional", "Companies can use the Model after they have signed up for a business account."),
    ("conditional", "You shall not monetise the Model unless you have our written consent."),
    ("conditional", "Commercial use is reserved for paying subscribers."),
    ("conditional", "Commercial deployment is allowed provided that you register your company with us."),
    ("conditional", "Commercial licenses can be requested via our website."),
    (
        "conditional",
        "Unless otherwise approved by Acme in writing, you may not use the Model for commercial purposes.",
    ),
    ("conditional", "Businesses making more than $2M per year must buy a licence."),
    ("conditional", "Free for commercial use while your app has fewer than 50,000 monthly active users."),
    ("conditional", "Organisations with more than 250 staff need an enterprise agreement."),
    (
        "conditional",
        "Commercial use is permitted for the 1B model only; larger models are for non-commercial use.",
    ),
    ("conditional", "The base model may be used commercially, but the instruct model is for research only."),
    ("granted", "Commercial use is not limited in any way."),
    ("granted", "There is no restriction on commercial usage of the weights."),
    ("granted", "Nothing in this licence restricts commercial use."),
    ("granted", "Commercial use is welcome."),
    ("granted", "The weights are licensed for commercial and non-commercial use."),
    ("granted", "It is not prohibited to deploy the Model commercially."),
]


HELD_OUT_OTHER = [
    ("Use is limited to academic research.", {"research_use": "granted"}),
    (
        "Audio generated with the Model must not be used for commercial purposes.",
        {"output_use": "conditional"},
    ),
    ("Distilling the Model into smaller models is allowed.", {"train_other_models": "granted"}),
    ("Do not use the Model's generations to train a rival model.", {"train_other_models": "prohibited"}),
]


HELD_OUT_SILENT = [
    "Commercial users of our cloud platform receive priority support.",
    "The authors previously worked on commercial search engines.",
]


# A third batch (idioms, double negations, pricing pages), written after the held-out batch's
# fixes and committed before any run.
THIRD = [
    ("granted", "You are not prohibited from using the Model for commercial purposes."),
    ("prohibited", "Commercial use is not something this licence allows."),
    ("prohibited", "You may use the Model for anything except making money."),
    ("prohibited", "No part of this licence permits commercial exploitation."),
    ("conditional", "Commercial deployment is possible only with an Enterprise plan."),
    ("conditional", "Pricing for commercial use is available on our website."),
    ("prohibited", "The model should not be used for commercial purposes."),
    ("prohibited", "You cannot use this model to make money."),
    ("granted", "Using the Model commercially is fine."),
    ("granted", "Feel free to use the model in commercial projects."),
    ("prohibited", "Commercial use is out of the question."),
    ("conditional", "Teams above 20 seats must purchase a commercial plan."),
    ("conditional", "If your annual revenue is more than 5 million euros, contact us for a licence."),
    ("prohibited", "This model is a research preview and is not licensed for use in products."),
    ("conditional", "We offer commercial licences; email licensing@acme.example for pricing."),
    ("granted", "Commercial use is fully permitted."),
    # the exception points back at the text, so the ban stands
    ("prohibited", "Use for commercial gain is strictly forbidden unless otherwise provided herein."),
    ("prohibited", "Only academic and non-commercial users may download the weights."),
    ("granted", "There is nothing stopping you from using the Model commercially."),
    ("prohibited", "The Model cannot be used for any purpose that generates income."),
]


# A fourth batch (model-card and README wording: key-value lines, SaaS gates, call quotas), written
# after the third batch's fixes and committed before any run.
FOURTH = [
    ("prohibited", "License: research-only. Commercial use of the checkpoints is not permitted."),
    (
        "conditional",
        "The weights are free to use for companies under 100 employees; larger companies need to contact us.",
    ),
    ("conditional", "Commercial usage: contact us at partners@acme.example."),
    ("prohibited", "Commercial usage: not allowed."),
    ("granted", "Commercial usage: yes"),
    ("conditional", "Commercial usage: requires a license."),
    ("prohibited", "Weights are released strictly for academic purposes."),
    ("prohibited", "This checkpoint is for internal research use at your organisation only."),
    ("conditional", "Production deployments require an API key tied to a paid account."),
    ("conditional", "To use the Model in a SaaS product, you must first obtain our approval."),
    ("prohibited", "You agree that you will not use the Model for any commercial endeavour."),
    ("granted", "Permitted for commercial use."),
    (
        "conditional",
        "Commercial use is permitted for entities with annual revenue of less than USD 1 million; above "
        "that, a license is required.",
    ),
    ("prohibited", "The software is licensed to individuals for private, non-commercial use."),
    ("conditional", "Commercial use is free up to 10,000 API calls per month."),
    ("conditional", "Any use beyond evaluation requires a commercial licence."),
    ("granted", "The Model may be used for commercial purposes free of charge and without registration."),
    ("prohibited", "Commercial and military use are prohibited."),
]


# A fifth batch (business use, scholarly and hobbyist limits, quotas, purchase gates), written after
# the fourth batch's fixes and committed before any run.
FIFTH = [
    ("prohibited", "The Licensed Model may be used for scholarly purposes only."),
    (
        "prohibited",
        "Use of the Model is permitted for educational institutions and their students, for teaching only.",
    ),
    (
        "conditional",
        "If you plan to use the Model in a product that earns revenue, please obtain a commercial "
        "licence first.",
    ),
    (
        "conditional",
        "Commercial use is permitted under our Business Terms, which you must accept separately.",
    ),
    # a ban on serving paying clients limits commercial use (like probe 24); never granted
    ("!granted", "The model must not be used to provide services to paying clients."),
    ("granted", "Commercial use is permitted without any additional licence."),
    ("conditional", "Commercial usage beyond 100 requests per day requires a paid tier."),
    ("prohibited", "NON-COMMERCIAL USE ONLY"),
    ("prohibited", "The weights are shared for scientific purposes and may not be used commercially."),
    (
        "conditional",
        "Commercial use by companies with more than 10 million users requires our permission.",
    ),
    ("granted", "Whether you use it commercially or not is up to you."),
    ("prohibited", "Use in any revenue-bearing product is disallowed."),
    ("conditional", "We grant commercial rights upon purchase of a licence key."),
    ("prohibited", "You have no right to use the Model for business purposes."),
    ("conditional", "Business use is permitted with a Pro subscription."),
    ("granted", "You may use the Model for business purposes."),
    ("prohibited", "This model may not be used by companies."),
    ("conditional", "Companies may use the Model only after signing our enterprise agreement."),
    ("prohibited", "The Model is licensed for hobbyist use only."),
    ("granted", "The license places no restrictions on commercial exploitation."),
]


# A sixth batch (FAQ answers, settings, workplace use, licences sold separately), written after the
# fifth batch's fixes and committed before any run.
SIXTH = [
    ("prohibited", "Usage restricted to non-commercial settings."),
    ("conditional", "Using the Model commercially? You'll need a licence; see acme.example/licensing."),
    (
        "prohibited",
        "The Model is offered strictly for R&D purposes and not for sale or commercial deployment.",
    ),
    ("granted", "Yes, you can use it commercially."),
    ("prohibited", "No, the Model cannot be used commercially."),
    ("conditional", "Enterprise customers must contact sales before deploying the Model."),
    ("conditional", "Deploying the Model for more than 1,000 end users requires a commercial agreement."),
    ("prohibited", "These weights are for personal experimentation and may not be used at work."),
    ("conditional", "Revenue-generating use is allowed once you register your organisation."),
    ("granted", "Commercial use is OK."),
    ("prohibited", "The Model is provided for classroom use only."),
    ("conditional", "A commercial use licence is sold separately."),
    ("prohibited", "Commercial exploitation of the Model is excluded from this licence."),
    ("conditional", "Commercial use is restricted to licensees who have paid the annual fee."),
    ("granted", "The Model can be freely used in commercial settings."),
    ("prohibited", "Use of the Model in commercial settings is not permitted."),
    ("conditional", "You need written permission from Acme to use the Model in any commercial setting."),
    ("prohibited", "This release may be used only for non-commercial academic work."),
    ("granted", "Commercial use of the Model is unrestricted."),
    ("conditional", "Businesses earning over $5M annually must license the Model."),
]


# A seventh batch (for-profit use, royalties, integration, selling what is built with the model),
# written after the sixth batch's fixes and committed before any run.
SEVENTH = [
    (
        "prohibited",
        "Licence: non-commercial; you may share and adapt the Model, but not for commercial purposes.",
    ),
    ("conditional", "Commercial use? Please apply through our partner programme."),
    ("prohibited", "The model may not be put to commercial use."),
    ("granted", "You can build commercial applications on top of the Model."),
    ("conditional", "For-profit use requires a commercial licence from Acme."),
    ("prohibited", "For-profit use is not allowed."),
    ("conditional", "Startups may use the Model commercially until they reach 1 million users."),
    ("prohibited", "The Model is restricted to research and non-commercial applications."),
    ("conditional", "Commercial users must register their deployment with Acme."),
    ("granted", "The Model may be integrated into commercial software."),
    ("prohibited", "You're not allowed to sell products built with the Model."),
    ("conditional", "Use in a commercial product is possible with our paid licence."),
    ("prohibited", "Commercial redistribution and commercial use are both prohibited."),
    (
        "conditional",
        "Companies that generate revenue from the Model must share 5% of that revenue with Acme.",
    ),
    ("granted", "There are no limits on commercial use."),
    ("prohibited", "The Model shall be used exclusively for non-profit purposes."),
    ("conditional", "Government and enterprise deployments need a separate contract."),
    ("prohibited", "Any use for commercial advantage is barred."),
]


# An eighth batch (longer sentences with provisos and lists, closer to full licences), written
# after the seventh batch's fixes and committed before any run.
EIGHTH = [
    (
        "prohibited",
        "Subject to these terms, you may download, run and fine-tune the Model on your own hardware, "
        "provided that you do not use the Model or any derivative for commercial purposes.",
    ),
    (
        "conditional",
        "You may use the Model in your products and services, provided that if your products exceed "
        "50 million monthly active users, you first obtain a licence from us.",
    ),
    (
        "prohibited",
        "The Licensor grants you a worldwide, royalty-free licence to use the Model solely for the "
        "purpose of conducting non-commercial scientific research.",
    ),
    (
        "conditional",
        "Organizations that wish to deploy the Model in revenue-generating services must first execute "
        "a commercial agreement with the Licensor.",
    ),
    (
        "granted",
        "You may use, reproduce, modify and distribute the Model for any purpose, including in "
        "commercial products, without paying any fee.",
    ),
    # a ban on charging for services built on it: commercial use limited (like probe 24)
    (
        "!granted",
        "Except as expressly permitted above, you may not use the Model to provide any service for "
        "which you charge a fee.",
    ),
    (
        "conditional",
        "If you are a commercial entity, you must purchase a licence before using the Model; academic "
        "users may use it free of charge.",
    ),
    (
        "prohibited",
        "This model is made available under a licence that permits academic research only; "
        "commercial, military and clinical uses are not permitted.",
    ),
    (
        "conditional",
        "Use of the Model by any business with annual gross revenue exceeding £10,000,000 is subject "
        "to a separate commercial licence.",
    ),
    (
        "granted",
        "There are no restrictions on the commercial use of outputs or of the Model itself.",
    ),
    (
        "prohibited",
        "You agree not to use the Model, its derivatives or its outputs in any manner that is "
        "primarily intended for or directed toward commercial advantage or monetary compensation.",
    ),
    (
        "conditional",
        "You may evaluate the Model free of charge for 30 days; continued or production use requires "
        "a paid subscription.",
    ),
    (
        "prohibited",
        "Without limiting the foregoing, you shall not sell, license, lease or otherwise commercially "
        "exploit the Model.",
    ),
    (
        "conditional",
        "We may grant commercial use rights on a case-by-case basis; contact us with a description of "
        "your use case.",
    ),
    (
        "prohibited",
        "The Model is shared with the research community to foster open science and is not to be used "
        "in any commercial product or service.",
    ),
]


# Every batch, in the order it was written (each list above says when and how).
READINGS = [
    (f"{tag}{i}-{want}", want, text)
    for tag, batch in (
        ("", CASES),
        ("h", HELD_OUT),
        ("t", THIRD),
        ("f", FOURTH),
        ("v", FIFTH),
        ("s", SIXTH),
        ("w", SEVENTH),
        ("e", EIGHTH),
    )
    for i, (want, text) in enumerate(batch)
]
OTHER_READINGS = [
    (f"{tag}{i}", text, want)
    for tag, batch in (("", OTHER), ("h", HELD_OUT_OTHER))
    for i, (text, want) in enumerate(batch)
]


@pytest.mark.parametrize("before", ["", GRANT], ids=["alone", "after-grant"])
@pytest.mark.parametrize("want, text", [r[1:] for r in READINGS], ids=[r[0] for r in READINGS])
def test_commercial_reading(want, text, before):
    got = parse(shared_nlp(), before + text)._.terms["commercial_use"].status
    if want == "!granted":
        assert got != "granted"
    else:
        assert got == want


# other terms the clause decides, each sentence alone
@pytest.mark.parametrize("text, want", [r[1:] for r in OTHER_READINGS], ids=[r[0] for r in OTHER_READINGS])
def test_other_terms(text, want):
    terms = parse(shared_nlp(), text)._.terms
    assert {t: terms[t].status for t in want} == want


@pytest.mark.parametrize("text", [*SILENT, *HELD_OUT_SILENT])
def test_clauses_that_grant_nothing(text):
    assert parse(shared_nlp(), text)._.terms["commercial_use"].status == "silent"
