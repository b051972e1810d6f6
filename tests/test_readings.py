"""General readings of common model-license wordings, each on a short sentence written here
(never license text): the statuses a careful reader gives them. They guard the rule tables
against losing a reading that no labelled set happens to exercise."""

from __future__ import annotations

import pytest

READINGS = [
    (
        "If your annual revenue exceeds USD 1 million, you must obtain an enterprise license from us before "
        "any commercial use.",
        {"commercial_use": "conditional", "user_threshold": "conditional"},
    ),
    (
        "Organizations with more than 1,000,000 monthly active users must request a commercial license.",
        {"user_threshold": "conditional", "commercial_use": "conditional"},
    ),
    (
        "You may use the Model for commercial purposes after registering on our website.",
        {"commercial_use": "conditional"},
    ),
    (
        "Commercial use of the Model requires prior written approval from the Licensor.",
        {"commercial_use": "conditional"},
    ),
    ("The Model is licensed for non-commercial use only.", {"commercial_use": "prohibited"}),
    (
        "You may not use the Model for any commercial purpose without a separate commercial license.",
        {"commercial_use": "prohibited"},
    ),
    ("This Agreement shall be governed by the laws of Singapore.", {"governing_law": "applies"}),
    (
        "This Agreement is governed by and construed in accordance with the laws of the People’s Republic "
        "of China.",
        {"governing_law": "applies"},
    ),
    (
        "The license granted herein does not apply to entities domiciled in the European Union.",
        {"geographic_restriction": "applies"},
    ),
    ("You must display “Powered by Acme” on your product’s website.", {"attribution": "required"}),
    (
        "Any model trained on Outputs must have a name beginning with “Acme”.",
        {"derivative_naming": "required"},
    ),
    (
        "You may not use the Model or its Outputs to develop any model that competes with the Licensor’s "
        "products.",
        {"train_other_models": "prohibited"},
    ),
    (
        "You must include a copy of this Agreement with every copy of the Model you distribute.",
        {"include_license": "required"},
    ),
    (
        "You may redistribute the Model provided that recipients are bound by the restrictions in Section 5.",
        {"flow_down_restrictions": "required", "distribute": "granted"},
    ),
    (
        "The Licensor may update this Agreement at any time by posting a new version.",
        {"licensor_updates": "applies"},
    ),
    (
        "We may terminate this Agreement immediately if you breach any of its terms.",
        {"termination": "applies"},
    ),
    (
        "You own the Outputs you generate, subject to the restrictions of this Agreement.",
        {"output_use": "conditional"},
    ),
    ("We claim no ownership of the outputs.", {"output_use": "granted"}),
    (
        "You are granted a license to use, reproduce, modify and distribute the Model for any lawful "
        "purpose.",
        {"commercial_use": "granted", "modify": "granted", "distribute": "granted"},
    ),
    (
        "Use of the Model is subject to the Acme Acceptable Use Policy at https://acme.ai/aup.",
        {"aup_compliance": "required"},
    ),
    (
        "The Model may be used only for academic research and teaching.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    (
        "You may use the Model free of charge if your company has fewer than 50 employees; larger companies "
        "need a paid license.",
        {"commercial_use": "conditional", "user_threshold": "conditional"},
    ),
    (
        "Commercial use is permitted for entities with annual revenue below $10 million.",
        {"commercial_use": "conditional", "user_threshold": "conditional"},
    ),
    ("You may not sublicense the Model.", {"sublicense": "prohibited"}),
    ("No patent license is granted under this Agreement.", {"patent_grant": "prohibited"}),
    (
        "You shall not use the Model to generate sexual content involving minors or to facilitate weapons "
        "development.",
        {"use_restrictions": "applies"},
    ),
    ("For commercial licensing, please contact licensing@acme.ai.", {"commercial_use": "conditional"}),
    ("THE MODEL IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.", {"warranty_disclaimer": "applies"}),
    ("You must not remove any copyright notices from the Model.", {"include_notice": "required"}),
    (
        "Modified versions must carry a prominent notice that they were changed.",
        {"state_changes": "required"},
    ),
    (
        "You may use the outputs to train other models, provided you credit Acme.",
        {"train_other_models": "conditional"},
    ),
    (
        "You may fine-tune the Model and share your fine-tuned weights under the same license.",
        {"modify": "granted", "same_license": "required"},
    ),
    (
        "Licensee may not use the Model, its derivatives or outputs to create or improve any competing "
        "foundation model.",
        {"train_other_models": "prohibited"},
    ),
    ("You agree not to use the Model for commercial purposes.", {"commercial_use": "prohibited"}),
    ("Use for commercial purposes is strictly prohibited.", {"commercial_use": "prohibited"}),
    (
        "The Model is made available for research purposes only and may not be used in production.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    (
        "Any commercial use requires a commercial license, which can be requested by filling out the form "
        "at https://acme.ai/license.",
        {"commercial_use": "conditional"},
    ),
    (
        "If you wish to use the Model commercially, please contact us at sales@acme.ai to obtain a license.",
        {"commercial_use": "conditional"},
    ),
    (
        "Commercial use is allowed only for products with fewer than 100 million monthly active users.",
        {"commercial_use": "conditional", "user_threshold": "conditional"},
    ),
    (
        "If the daily active users of your service exceed 1 million, you must apply for a separate license.",
        {"user_threshold": "conditional"},
    ),
    (
        "You are free to use the Model for both research and commercial purposes.",
        {"commercial_use": "granted", "research_use": "granted"},
    ),
    (
        "The Licensor grants you a perpetual, worldwide, royalty-free license to use the Model for any "
        "purpose, including commercial purposes.",
        {"commercial_use": "granted"},
    ),
    (
        "You may distribute the Model only under the terms of this License.",
        {"same_license": "required", "distribute": "granted"},
    ),
    ("You must not distribute the Model weights.", {"distribute": "prohibited"}),
    ("Redistribution of the Model weights is not permitted.", {"distribute": "prohibited"}),
    ("You may not modify the Model.", {"modify": "prohibited"}),
    ("Fine-tuning the Model is permitted.", {"modify": "granted"}),
    (
        "This license does not grant you any rights to use Acme's trademarks or logos.",
        {"trademark_use": "prohibited"},
    ),
    (
        "Each Contributor grants you a patent license to make, use and sell the Model.",
        {"patent_grant": "granted"},
    ),
    ("You must provide attribution to Acme in any product that uses the Model.", {"attribution": "required"}),
    (
        "Any disputes shall be resolved exclusively in the courts of England and Wales.",
        {"governing_law": "applies"},
    ),
    ("This Agreement shall be governed by the laws of the State of New York.", {"governing_law": "applies"}),
    (
        "Acme may modify these terms at any time; continued use constitutes acceptance.",
        {"licensor_updates": "applies"},
    ),
    ("This license terminates automatically if you violate any of its terms.", {"termination": "applies"}),
    (
        "In no event shall Acme be liable for any damages arising from the use of the Model.",
        {"liability_limitation": "applies"},
    ),
    (
        "You must ensure that end users of your application comply with the Acceptable Use Policy.",
        {"flow_down_restrictions": "required"},
    ),
    (
        "The Model may not be used by individuals or entities located in the European Union.",
        {"geographic_restriction": "applies"},
    ),
    ("You may not use the Model to provide medical diagnoses.", {"use_restrictions": "applies"}),
    ("Outputs generated by the Model may be used for any purpose.", {"output_use": "granted"}),
    (
        "You may not use outputs of the Model to train any other large language model.",
        {"train_other_models": "prohibited"},
    ),
    (
        "If you are an entity with annual revenue over EUR 5 million, you need a commercial license.",
        {"user_threshold": "conditional", "commercial_use": "conditional"},
    ),
    ("Derivative models must be released under this same license.", {"same_license": "required"}),
    (
        "You must retain this license and all copyright notices in any copy of the Model.",
        {"include_license": "required", "include_notice": "required"},
    ),
    ("Non-commercial use only. For commercial use, contact us.", {"commercial_use": "prohibited"}),
    (
        "You must include a copy of this License Agreement with any distribution of the Model or "
        "Derivatives.",
        {"include_license": "required"},
    ),
    ("Any Derivative Model you release must include “Acme” in its name.", {"derivative_naming": "required"}),
    ("You may not use the name “Acme” for any Derivative.", {"derivative_naming": "required"}),
    (
        "We hereby grant you a license under our patents to make, use and sell the Model.",
        {"patent_grant": "granted"},
    ),
    (
        "You may use the Acme trademark solely to identify the Model as the origin of your work.",
        {"trademark_use": "conditional"},
    ),
    (
        "You may use the Model for personal, non-commercial purposes.",
        {"private_use": "granted", "commercial_use": "prohibited"},
    ),
    ("You may grant sublicenses to your end users.", {"sublicense": "granted"}),
    (
        "If you make the Model available over a network, you must offer its source code to the users.",
        {"network_disclose": "required"},
    ),
    (
        "If you distribute the Model, you must make the complete source code available.",
        {"disclose_source": "required"},
    ),
    (
        "Licensor may, at its sole discretion, remotely disable access to the Model.",
        {"licensor_updates": "applies"},
    ),
    (
        "This Agreement will terminate automatically upon your failure to comply with any term.",
        {"termination": "applies"},
    ),
    (
        "The Model is licensed to users in all countries except the Russian Federation.",
        {"geographic_restriction": "applies"},
    ),
    ("You may use the Model's outputs without restriction.", {"output_use": "granted"}),
    ("Acme does not claim ownership of any content you generate with the Model.", {"output_use": "granted"}),
    (
        "You must not use the Model to engage in mass surveillance or facial recognition of individuals "
        "without consent.",
        {"use_restrictions": "applies"},
    ),
    (
        "Your use of the Model must comply with the Acme Usage Policy available at "
        "https://acme.ai/usage-policy.",
        {"aup_compliance": "required"},
    ),
    (
        "If you fine-tune the Model, you must state that your model was fine-tuned from Acme.",
        {"attribution": "required"},
    ),
    ("You may host the Model as a service for third parties.", {"distribute": "granted"}),
    (
        "Any dispute arising under this Agreement shall be subject to the exclusive jurisdiction of the "
        "courts of Tokyo, Japan.",
        {"governing_law": "applies"},
    ),
    ("Acme reserves the right to amend this License at any time.", {"licensor_updates": "applies"}),
    ("The License is perpetual and irrevocable.", {"termination": "silent"}),
    ("You are responsible for complying with all applicable laws.", {"use_restrictions": "silent"}),
    (
        "You must comply with all applicable export control laws.",
        {"use_restrictions": "silent", "geographic_restriction": "silent"},
    ),
    ("The Licensor may update the Model from time to time.", {"licensor_updates": "silent"}),
    ("Nothing in this Agreement restricts your statutory rights.", {"use_restrictions": "silent"}),
    ("You may terminate this Agreement at any time by deleting the Model.", {"termination": "silent"}),
    ("This license is irrevocable except as stated in this section.", {"termination": "silent"}),
    ("Research results may be published freely.", {"commercial_use": "silent"}),
    ("The Licensor is a non-commercial research institute.", {"commercial_use": "silent"}),
    ("You may distribute the Model under a license of your choice.", {"same_license": "silent"}),
    (
        "You may not use the Model to develop, train or improve any other artificial intelligence model.",
        {"train_other_models": "prohibited"},
    ),
    (
        "Licensee shall not use the outputs to develop products that compete with the Licensor.",
        {"train_other_models": "silent"},
    ),
    (
        "The Model is available free of charge for academic and non-profit use; commercial entities must "
        "purchase a license.",
        {"commercial_use": "conditional"},
    ),
    (
        "Companies with more than $100 million in annual revenue may not use the Model without a commercial "
        "agreement.",
        {"user_threshold": "conditional", "commercial_use": "conditional"},
    ),
    (
        "You may use the Model for commercial purposes provided that you comply with this License.",
        {"commercial_use": "granted"},
    ),
    (
        "You may not redistribute the original Model weights, but you may share derivative works.",
        {"distribute": "prohibited"},
    ),
    (
        "You must make your modifications publicly available under the terms of this License.",
        {"same_license": "required"},
    ),
    (
        "You must prominently display “Built with Acme” on your website or in your product documentation.",
        {"attribution": "required"},
    ),
    ("Acme may change the Acceptable Use Policy at any time.", {"licensor_updates": "applies"}),
    ("This License shall be governed by the laws of England.", {"governing_law": "applies"}),
    (
        "You may use the outputs for any lawful purpose, except to train models that compete with Acme.",
        {"output_use": "conditional", "train_other_models": "prohibited"},
    ),
    ("No license is granted for military use of the Model.", {"use_restrictions": "applies"}),
    (
        "All rights not expressly granted are reserved.",
        {"commercial_use": "silent", "distribute": "silent", "modify": "silent", "trademark_use": "silent"},
    ),
    ("This license does not grant you any patent rights.", {"patent_grant": "prohibited"}),
    ("You are not permitted to use the Model in any commercial product.", {"commercial_use": "prohibited"}),
    ("The Model may only be used for evaluation purposes.", {"commercial_use": "prohibited"}),
    (
        "You may not use the Model for any purpose other than non-commercial research.",
        {"commercial_use": "prohibited"},
    ),
    ("You may deploy the Model in production for your business.", {"commercial_use": "granted"}),
    (
        "Use of the Model in production environments requires a separate commercial license.",
        {"commercial_use": "conditional"},
    ),
    ("You may not use the Model if you are a competitor of Acme.", {"commercial_use": "silent"}),
    ("You must not use the Model in a manner that violates applicable law.", {"use_restrictions": "silent"}),
    ("You must not disable or circumvent the safety filters of the Model.", {"use_restrictions": "applies"}),
    ("Distribution of the Model must be accompanied by this License.", {"include_license": "required"}),
    (
        "Each copy of the Model must retain the attribution notice “Acme Model © Acme Inc.”.",
        {"include_notice": "required"},
    ),
    ("The Licensee shall indemnify the Licensor against all claims.", {"liability_limitation": "silent"}),
    (
        "You must cause any work that you distribute or publish, that in whole or in part contains or is "
        "derived from the Program, to be licensed as a whole at no charge to all third parties "
        "under the terms of this License.",
        {"same_license": "required"},
    ),
    (
        "If you modify the Program and users interact with it remotely through a computer network, you must "
        "offer those users an opportunity to receive the Corresponding Source.",
        {"network_disclose": "required"},
    ),
    (
        "Any Modifications that You create must be made available in Source Code form under the terms of "
        "this License.",
        {"disclose_source": "required", "same_license": "required"},
    ),
    (
        "You must include a prominent notice stating that you have changed the Work and the date of any "
        "change.",
        {"state_changes": "required"},
    ),
    (
        "Derivative works must be licensed under the same license as the original.",
        {"same_license": "required"},
    ),
    (
        "If you distribute the Work in object form, you must also provide the source code.",
        {"disclose_source": "required"},
    ),
    (
        "You may convey a work based on the Program provided that you release it under this License.",
        {"same_license": "required"},
    ),
    (
        "Redistributions in binary form must reproduce the above copyright notice, this list of conditions "
        "and the following disclaimer in the documentation.",
        {"include_notice": "required", "include_license": "required"},
    ),
    (
        "The name of the author may not be used to endorse or promote products derived from this software "
        "without specific prior written permission.",
        {"trademark_use": "prohibited"},
    ),
    ("You may not use the material for commercial purposes.", {"commercial_use": "prohibited"}),
    (
        "You may not apply legal terms or technological measures that legally restrict others from doing "
        "anything the license permits.",
        {"flow_down_restrictions": "silent"},
    ),
    (
        "This license is governed by the law of the Commonwealth of Massachusetts.",
        {"governing_law": "applies"},
    ),
    (
        "Each contributor grants you a non-exclusive, worldwide, royalty-free patent license under its "
        "Licensed Patents to make, use, sell and import its contributions.",
        {"patent_grant": "granted"},
    ),
    (
        "The Licensor grants to You a license to use the Data for any purpose, and to use any Results "
        "without restriction.",
        {"commercial_use": "granted"},
    ),
    ("You must not make any claim that the Licensor endorses your use.", {"trademark_use": "silent"}),
    (
        "The Software may be used by any person for any purpose, including commercial use, and may be "
        "redistributed freely.",
        {"commercial_use": "granted", "distribute": "granted"},
    ),
    (
        "This license does not grant any rights in the trademarks, service marks, or logos of any "
        "Contributor.",
        {"trademark_use": "prohibited"},
    ),
    ("Copies of the Software must include the entire text of this License.", {"include_license": "required"}),
    (
        "If you distribute copies of the library, you must give the recipients all the rights that we gave "
        "you.",
        {"same_license": "required"},
    ),
    ("THIS LICENSE AGREEMENT DOES NOT APPLY IN THE EUROPEAN UNION.", {"geographic_restriction": "applies"}),
    (
        "You may not use the Model if you are located in mainland China.",
        {"geographic_restriction": "applies"},
    ),
    (
        "If you distribute a product that contains the Model, you must display “Powered by Acme” in the "
        "product's user interface.",
        {"attribution": "required"},
    ),
    ("The Licensor makes no representations or warranties of any kind.", {"warranty_disclaimer": "applies"}),
    (
        "To the maximum extent permitted by law, the Licensor shall not be responsible for any loss.",
        {"liability_limitation": "applies"},
    ),
    ("You agree to indemnify Acme for any claims arising from your use.", {"liability_limitation": "silent"}),
    ("Acme may suspend your access to the Model at any time.", {"termination": "applies"}),
    (
        "We may restrict usage of the Model remotely if you breach this Agreement.",
        {"licensor_updates": "applies"},
    ),
    ("This Agreement constitutes the entire agreement between the parties.", {"licensor_updates": "silent"}),
    (
        "You must include the following notice in all copies: “Copyright Acme Inc.”",
        {"include_notice": "required"},
    ),
    # an open licence only named for the model allows commercial use, implied (as the Chinese
    # tables carry over a licence named for the weights); a code licence named so grants nothing
    ("The Model is provided under the Apache License 2.0.", {"commercial_use": "granted"}),
    ("The source code is provided under the Apache License 2.0.", {"commercial_use": "silent"}),
    (
        "You may not use the Model to train, fine-tune or distill models that compete with Acme's models.",
        {"train_other_models": "prohibited"},
    ),
    (
        "Models trained on the Outputs are Derivatives and are subject to this License.",
        {"train_other_models": "conditional"},
    ),
    (
        "Licensee may not assign this Agreement without the Licensor's prior written consent.",
        {"sublicense": "silent", "distribute": "silent"},
    ),
    ("You may not rent, lease, or lend the Model.", {"distribute": "prohibited"}),
    (
        "Use of the Model by government agencies for surveillance is prohibited.",
        {"use_restrictions": "applies"},
    ),
    ("You may use the Model on your own devices for personal use.", {"private_use": "granted"}),
    ("The Model may be used internally within your organization only.", {"commercial_use": "conditional"}),
    (
        "Licensee shall not use the Model to provide a hosted service to third parties.",
        {"use_restrictions": "applies"},
    ),
    (
        "You may create derivative works of the Model, but you may not distribute them.",
        {"modify": "granted", "distribute": "prohibited"},
    ),
    ("Your license to use the Model is conditioned on compliance with Section 4.", {"termination": "silent"}),
    (
        "The Licensor will not be liable for any indirect or consequential damages.",
        {"liability_limitation": "applies"},
    ),
    (
        "Any use of the Model for purposes other than research is prohibited.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    (
        "You may use the Model for academic, non-profit, or government research purposes only.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    (
        "Except as set forth herein, Licensor claims no rights in the Output You generate using the Model.",
        {"output_use": "conditional"},
    ),
    (
        "You agree not to use the Model in any way that violates any applicable national or international "
        "law or to exploit minors.",
        {"use_restrictions": "applies"},
    ),
    ("ACME NONCOMMERCIAL USE LICENSE", {"commercial_use": "prohibited"}),
    ("Model weights are provided to approved researchers upon request.", {"commercial_use": "silent"}),
    (
        "You may not use the Software Products for any commercial or production purposes.",
        {"commercial_use": "prohibited"},
    ),
    (
        "Permission is granted to use, copy and modify the Software for educational and research purposes, "
        "without fee.",
        {"research_use": "granted", "modify": "granted"},
    ),
    (
        "You may reproduce and share the Model only with other researchers in your institution.",
        {"distribute": "conditional"},
    ),
    (
        "This license allows commercial use by individuals and organizations with fewer than 10 employees.",
        {"commercial_use": "conditional", "user_threshold": "conditional"},
    ),
    (
        "A copy of this Agreement must be provided to every recipient of the Model.",
        {"include_license": "required"},
    ),
    (
        "Licensee shall provide a copy of this License to all third parties to whom it distributes the "
        "Model.",
        {"include_license": "required"},
    ),
    ("All copyright notices must be preserved in redistributed copies.", {"include_notice": "required"}),
    (
        "Modified files shall carry prominent notices stating that they have been modified.",
        {"state_changes": "required"},
    ),
    (
        "Licensee may distribute Derivatives only under an agreement that includes the use restrictions of "
        "Attachment A.",
        {"flow_down_restrictions": "required"},
    ),
    (
        "Licensee shall not use the Model for the purpose of developing weapons.",
        {"use_restrictions": "applies"},
    ),
    ("The Model shall not be used for military applications.", {"use_restrictions": "applies"}),
    (
        "Licensee may make the Model available to its customers as part of a hosted service.",
        {"distribute": "granted"},
    ),
    (
        "The license granted hereunder is non-transferable and non-sublicensable.",
        {"sublicense": "prohibited"},
    ),
    ("This Agreement is governed by Korean law.", {"governing_law": "applies"}),
    ("The parties submit to the jurisdiction of the courts of Paris, France.", {"governing_law": "applies"}),
    (
        "If Licensee breaches this Agreement, Licensor may terminate it with immediate effect.",
        {"termination": "applies"},
    ),
    ("Licensor may revoke this license at any time for any reason.", {"termination": "applies"}),
    ("The use restrictions in this Agreement apply to all Derivatives.", {"use_restrictions": "applies"}),
    ("Users must attribute the Model to Acme in any public use.", {"attribution": "required"}),
    (
        "You must not use the name of Acme to promote products derived from the Model without permission.",
        {"trademark_use": "prohibited"},
    ),
    ("You may revoke your consent to data processing at any time.", {"termination": "silent"}),
    ("The use restrictions apply only to the Model, not to your own code.", {"use_restrictions": "applies"}),
    ("We may make the Model available to users through our API.", {"distribute": "silent"}),
    (
        "Copyright notices in third-party components must be retained as provided by their licenses.",
        {"include_notice": "required"},
    ),
    (
        "Licensor reserves the right to restrict access to the Model for maintenance.",
        {"licensor_updates": "applies"},
    ),
    ("The revocable nature of this license is described in Section 9.", {"termination": "applies"}),
    (
        "If you distribute the Model, you must state that it is licensed under this License.",
        {"state_changes": "silent"},
    ),
    ("The Model is provided for the sole purpose of demonstration.", {"commercial_use": "silent"}),
    ("This license may be revoked by Acme if you breach it.", {"termination": "applies"}),
    (
        "You may not sell the Model by itself, but you may bundle it with your software.",
        {"commercial_use": "conditional"},
    ),
    ("Contributions are licensed to Acme under the terms of this License.", {"same_license": "silent"}),
    ("Attribution is appreciated but not required.", {"attribution": "silent"}),
    ("You may, but are not required to, cite our paper in your publications.", {"attribution": "silent"}),
    (
        "You may not use the Model to create deepfakes of real people without their consent.",
        {"use_restrictions": "applies"},
    ),
    ("You may not use the Model for political campaigning or lobbying.", {"use_restrictions": "applies"}),
    ("Prohibited uses include generating spam and phishing content.", {"use_restrictions": "applies"}),
    ("You shall not use the Model to generate child sexual abuse material.", {"use_restrictions": "applies"}),
    (
        "The Model must not be used to make automated decisions about employment or credit.",
        {"use_restrictions": "applies"},
    ),
    (
        "You shall not use the Model in any safety-critical system where failure could cause injury.",
        {"use_restrictions": "applies"},
    ),
    (
        "You may not use the Model to track or monitor individuals without their consent.",
        {"use_restrictions": "applies"},
    ),
    (
        "Do not use the Model to generate content that promotes hate or violence.",
        {"use_restrictions": "applies"},
    ),
    ("You may use the Model to detect spam.", {"use_restrictions": "silent"}),
    ("The Model can assist medical professionals in research settings.", {"use_restrictions": "silent"}),
    (
        "If you use the Model's outputs to create or train another AI model, you must include “Acme” at the "
        "beginning of that model's name.",
        {"train_other_models": "conditional", "derivative_naming": "required"},
    ),
    ("Outputs are subject to the Acceptable Use Policy.", {"output_use": "conditional"}),
    ("Your use of the outputs must comply with this Agreement.", {"output_use": "conditional"}),
    (
        "You may use the Model to train other models, including commercial models.",
        {"train_other_models": "granted"},
    ),
    (
        "Nothing in this Agreement restricts your use of outputs to train other models.",
        {"train_other_models": "granted"},
    ),
    (
        "You may not use the Model, its outputs or any derivative to build a competing product or service.",
        {"train_other_models": "silent"},
    ),
    ("Your rights under this License do not include any patent rights.", {"patent_grant": "prohibited"}),
    ("You shall not reverse engineer the Model.", {"modify": "silent"}),
    (
        "This license applies only to the model weights; the code is licensed under Apache 2.0.",
        {"commercial_use": "silent"},
    ),
    # a purpose the grant is tied to, defined as academic or research use: not commercial
    (
        '"Permitted Purpose" means for academic or research purposes only. You may use the Model only in '
        "connection with the Permitted Purpose.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    ("ACME VISION MODEL RESEARCH-ONLY LICENSE\n\nYou may use the Model.", {"commercial_use": "prohibited"}),
    ("You get a non-exclusive, non-sublicenseable license to use the Model.", {"sublicense": "prohibited"}),
    (
        "You agree to release the Licensor from any liability arising from your use of the Model.",
        {"liability_limitation": "applies"},
    ),
    (
        "If you fail to abide by these terms, the Licensor may immediately terminate the license.",
        {"termination": "applies"},
    ),
    ("The Licensor may also modify these terms at any time without notice.", {"licensor_updates": "applies"}),
    ("You may not use the Model for any illegal or unethical purposes.", {"use_restrictions": "applies"}),
    (
        "You may distribute derivative works only under a license identical to the license of the Model.",
        {"same_license": "required"},
    ),
    ("You agree to cite our paper when reporting results with the Model.", {"attribution": "required"}),
    (
        "The University grants a license under its copyright, retaining all rights to the Patent Rights.",
        {"patent_grant": "prohibited"},
    ),
    (
        "You may distribute the Model in source form only and only to this same repository.",
        {"distribute": "conditional"},
    ),
    (
        "Use restrictions. You may not synthesize or modify realistic representations of people.",
        {"modify": "silent"},
    ),
    # a lead-in naming what the grant covers lends its permission to the list after it
    (
        "The rights granted cover, for example:\n\na. Creation of Derivative Databases;\n\n"
        "b. Distribution, display or performance to the public by any means.\n",
        {"distribute": "granted"},
    ),
    (
        "You may not serve the Model outside our gateways (for example, self-hosting for commercial use).",
        {"commercial_use": "conditional"},
    ),
    # a lead-in's permission or duty reaches every item below it, past the ';' that ends each item
    (
        "You get the royalty free right to:\nUse the code for any purpose;\nChange it;\n"
        "Copy and share it and any changed copy.\n",
        {"distribute": "granted"},
    ),
    (
        "If you share the code, you must do this:\nNote the date of any changes you make;\n"
        "Providing the source code in a form that is easy to change.\n",
        {"disclose_source": "required"},
    ),
    # items under a lead-in that owes them, written as bare gerunds
    (
        "If you share a changed copy, you must do this:\nNote the date of any changes you make;\n"
        "Leave the copyright notices of the authors in place;\nLicense it to everyone under these terms.\n",
        {"state_changes": "required", "include_notice": "required", "same_license": "required"},
    ),
    (
        "Each changed copy must carry a file documenting the changes you made to it.",
        {"state_changes": "required"},
    ),
    (
        "If the code harms you, you may only recover direct damages up to the fee you paid.",
        {"liability_limitation": "applies"},
    ),
    ("Your licence rights end at once if you break these terms.", {"termination": "applies"}),
    (
        "Acme Data Licence - Attribution - NoDerivs 1.0\n\nYou may copy and share the data.",
        {"modify": "prohibited"},
    ),
    ("This licence does not cover any patents in the data.", {"patent_grant": "prohibited"}),
    (
        "This Agreement shall be construed pursuant to the laws of the State of New York.",
        {"governing_law": "applies"},
    ),
    (
        "This licence is governed by the laws of the relevant jurisdiction in which it is enforced.",
        {"governing_law": "silent"},
    ),
    (
        "You may share the code as a whole, provided that it includes all of the original copyright notices.",
        {"include_notice": "required"},
    ),
    (
        "Acme grants you a licence, under claims of patents owned by Acme, to make, use and sell the code.",
        {"patent_grant": "granted"},
    ),
    (
        "You may not copy (except for backup purposes), modify, adapt or redistribute the Software.",
        {"modify": "prohibited", "distribute": "prohibited"},
    ),
    (
        "Unless enforcement is prohibited by applicable law, you may not modify, decompile, or "
        "reverse engineer the code.",
        {"modify": "prohibited"},
    ),
    (
        "Nothing here limits either party's right to independently develop or distribute other software.",
        {"distribute": "silent"},
    ),
    (
        "If you publish a chart made from the data, you must add a notice that makes its readers aware that "
        "the figures were obtained from the Acme dataset.",
        {"attribution": "required"},
    ),
    # hfix10: readings met in ldb9 and fresh11 (sentences written for this test)
    (
        "This licence allows for free use of the tool for non-commercial, personal, or teaching purposes; "
        "companies need a paid licence.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    (
        "Acme grants you a non-exclusive license for your internal use of one copy of the Tool on one "
        "server.",
        {"commercial_use": "conditional", "research_use": "granted", "private_use": "granted"},
    ),
    (
        "You may not use the Tool for testing or other non-production use in a system where you run a "
        "commercially licensed Acme product.",
        {"commercial_use": "silent"},
    ),
    (
        "You may copy and distribute the Library. Distribution of the Library by a company is prohibited if "
        "any payment is made for it.",
        {"commercial_use": "conditional"},
    ),
    (
        "You may use any number of copies of the kit to design, develop, test and demonstrate your programs.",
        {"commercial_use": "conditional"},
    ),
    (
        "Acme grants you a license to reproduce and use internally the Runtime for the sole purpose of "
        "running your applications.",
        {"commercial_use": "conditional"},
    ),
    (
        "You may reproduce and distribute the Runtime, provided that you distribute it only bundled with "
        "your applications.",
        {"distribute": "conditional"},
    ),
    (
        "You may copy and distribute the Runtime in conjunction with the applications you build.",
        {"distribute": "conditional"},
    ),
    (
        "You may use and share the Model for any lawful purpose. Distributing the Model to others for "
        "commercial purposes requires a separate agreement with Acme.",
        {"distribute": "conditional"},
    ),
    (
        "The checkpoints are licensed for non-commercial use. As an exception to the non-commercial term, "
        "you may run them to render images, including in a commercial setting.",
        {"commercial_use": "conditional"},
    ),
    (
        "You may not deploy the Model in production environments without a valid Commercial License.",
        {"commercial_use": "conditional"},
    ),
    (
        "Copies handed out on a promotional basis may only be used for demonstration and evaluation "
        "purposes.",
        {"commercial_use": "conditional"},
    ),
    (
        "You may use the Library in closed-source products free of charge, provided that the number of "
        "generated classes in any release does not exceed 500.",
        {"commercial_use": "conditional"},
    ),
    (
        "The program may be shared freely, provided that the copyright notice is included on all copies.",
        {"include_notice": "required"},
    ),
    (
        "Use and redistribution are permitted, provided that this entire notice is included in all copies.",
        {"include_license": "required", "include_notice": "required"},
    ),
    ("This Agreement is to be construed according to the laws of Ontario.", {"governing_law": "applies"}),
    (
        "Apart from a conversion to a web format for your own site, altering the typeface is prohibited. "
        "If you wish to make other modifications, permission has to be obtained from Acme.",
        {"modify": "prohibited"},
    ),
    (
        "Subject to sections 3 and 4 of this agreement, renting, lending or otherwise passing the typeface "
        "to another party is strictly prohibited.",
        {"distribute": "prohibited"},
    ),
    (
        "This Agreement shall be governed by and construed under applicable federal law and the laws of "
        "the State of Texas.",
        {"governing_law": "applies"},
    ),
    # a notice that only disclaims warranties or agency grants no use at all
    (
        "Copyright Acme. Proprietary and confidential. This software is provided without any warranty of "
        "merchantability or fitness for any purpose.",
        {"commercial_use": "silent", "research_use": "silent"},
    ),
    (
        "Nothing in this Agreement makes either party the partner or agent of the other for any purpose.",
        {"commercial_use": "silent"},
    ),
    # a waiver by the licensee dedicates nothing to the public domain
    (
        "To the fullest extent permitted by law, you waive all claims relating to fees.",
        {"distribute": "silent"},
    ),
    # the weights under a licence named by its short id
    (
        "The model weights in this repository are licensed under CC BY-NC 4.0.",
        {"commercial_use": "prohibited", "research_use": "granted", "private_use": "granted"},
    ),
    ("The model artifacts are distributed under Apache-2.0.", {"commercial_use": "granted"}),
    ("The source code is released under CC BY-NC 4.0.", {"commercial_use": "silent"}),
    # use only under another agreement is a gate
    (
        "This software may only be used if you have purchased a valid license from the authors.",
        {"commercial_use": "conditional"},
    ),
    # "application" alone is a program, not an application to the licensor
    (
        "You may use the Software for non-commercial use and in any academic application.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    (
        "You may use the Software for non-commercial use. Commercial use is possible once your "
        "application has been approved by Acme.",
        {"commercial_use": "conditional"},
    ),
    # what other material often is, not what this licence allows
    (
        "You may use the Model for any purpose. Challenge datasets are frequently restricted to research "
        "or non-commercial use.",
        {"commercial_use": "granted"},
    ),
    ("Use of the Model is restricted to non-commercial research.", {"commercial_use": "prohibited"}),
    (
        "Use of the Model is typically restricted to research purposes; contact us for other uses.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    (
        "Challenge datasets are frequently restricted to research use, but this Model is restricted to "
        "academic research.",
        {"commercial_use": "prohibited"},
    ),
    (
        "You may use, copy and modify the Model. Use of the Model is restricted to academic research.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    # a limited purpose that excludes commerce withholds commercial use
    (
        "Acme grants you a license to copy, modify and use the Software for the limited purpose of academic "
        "research.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
    # words that qualify a use elsewhere in the sentence leave its grant alone
    ("You may use and run the Software on your computers under normal use.", {"commercial_use": "granted"}),
    (
        "You may use the Software on any number of computers; the company name and logo must be retained.",
        {"commercial_use": "granted"},
    ),
    (
        "You may use and redistribute the Software, provided that you stop using it if asked.",
        {"research_use": "granted"},
    ),
    # the application named before what is done with it: still an application to the licensor
    (
        "You may use the Model for any purpose. For commercial use, an application must be submitted "
        "to Acme.",
        {"commercial_use": "conditional"},
    ),
    (
        "You may use the Model for any purpose. For commercial use, an application to Acme is required.",
        {"commercial_use": "conditional"},
    ),
    (
        "You may use the Model for any purpose. Commercial use is possible after a successful application.",
        {"commercial_use": "conditional"},
    ),
    (
        "You may use the Model for non-commercial purposes. For commercial use an application for a licence "
        "must be made to Acme.",
        {"commercial_use": "conditional"},
    ),
    (
        "You may use the Model for any purpose, including commercial use in any application you build.",
        {"commercial_use": "granted"},
    ),
    ("The checkpoints are not intended for commercial deployment.", {"commercial_use": "prohibited"}),
    (
        "Model weights obtained from training on the Foo dataset are held under the CC BY 4.0 License.",
        {"commercial_use": "granted", "research_use": "granted", "private_use": "granted"},
    ),
    (
        "All model weights trained on the Bar dataset are held under the Creative Commons "
        "Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA 4.0) License.",
        {"commercial_use": "prohibited", "research_use": "granted", "same_license": "silent"},
    ),
    ("You may not use the model to generate harmful content.", {"use_restrictions": "applies"}),
    (
        "After repeated violations we may stop you from using our models and services.",
        {"termination": "applies"},
    ),
    (
        "Prohibited content. Do not create, distribute, or promote illegal weapons or harmful materials.",
        {"distribute": "silent", "use_restrictions": "applies"},
    ),
    (
        "Only checkpoints that can be legally redistributed are provided in this repository.",
        {"distribute": "silent"},
    ),
    (
        "This license applies to the weights and to all predictions generated using the model.",
        {"output_use": "conditional"},
    ),
    (
        "A qualified clinician must review the model outputs before acting on them.",
        {"output_use": "conditional"},
    ),
    (
        "The weights are proprietary. You may mention the Acme name only in academic citations and research "
        "references.",
        {"research_use": "silent"},
    ),
    ("You may use the code to train your own models on your own data.", {"train_other_models": "silent"}),
    (
        "The licences of the model weights depend on the datasets they were trained on. Weights trained on "
        "Foo are held under the CC BY 4.0 License; weights trained on Bar are held under the CC BY-NC 4.0 "
        "License.",
        {"commercial_use": "conditional", "research_use": "granted"},
    ),
]

OPEN_MODEL = (
    "Permission is hereby granted to deal in the Model Materials without restriction, including "
    "under all copyright, patent, database, and trade secret rights.\n\n"
    "This agreement does not impose any restrictions or obligations with respect to any use of any outputs "
    "generated by using the Model Materials.\n"
)


def test_a_grant_to_deal_without_restriction_reaches_modifying_sharing_patents_and_outputs(nlp):
    terms = nlp(OPEN_MODEL)._.terms
    got = {t: terms[t].status for t in ("modify", "distribute", "patent_grant", "output_use")}
    assert got == {
        "modify": "granted",
        "distribute": "granted",
        "patent_grant": "granted",
        "output_use": "granted",
    }


# Commercial use in the many ways texts word it: withheld, gated or limited, never granted.
COMMERCIAL = [
    (
        "You may use the Model for any lawful purpose, except that you may not use it commercially.",
        "prohibited",
    ),
    ("The Model is provided for personal use only.", "prohibited"),
    ("The Model may be used for educational purposes only.", "prohibited"),
    ("The Software may be used for academic purposes only.", "prohibited"),
    ("Use of the Model is restricted to non-profit organizations.", "prohibited"),
    ("The Model may only be used by academic institutions and non-profit organizations.", "prohibited"),
    ("The use of this model is limited to academic and research settings.", "prohibited"),
    ("The Model is licensed for non-production use only.", "prohibited"),
    ("You may not use the Model in a production environment.", "prohibited"),
    ("You may use the Model for personal and non-commercial use.", "prohibited"),
    ("You must not use the Model for any revenue-generating activity.", "prohibited"),
    ("You may not use the Model or its outputs for monetary gain.", "prohibited"),
    ("This Model is released for research purposes and may not be used commercially.", "prohibited"),
    ("Commercial usage is strictly forbidden.", "prohibited"),
    ("You may not sell, rent, lease or otherwise commercialize the Model.", "prohibited"),
    ("Nothing in this License grants you the right to use the Model for commercial purposes.", "prohibited"),
    ("Use for commercial purposes is outside the scope of this license.", "prohibited"),
    ("We authorize you to use the routines for your own personal and noncommercial purposes.", "prohibited"),
    ("Commercial use requires a paid subscription.", "conditional"),
    ("You may use the Model in production only after obtaining our written consent.", "conditional"),
    ("You may use the Model commercially only through our API.", "conditional"),
    ("To use the Model commercially you need a Commercial License Agreement with us.", "conditional"),
    ("Commercial use is permitted only for models with fewer than 7 billion parameters.", "conditional"),
    ("You must limit use for commercial advantage to a trial period of 32 days.", "conditional"),
    ("Use of the code on a commercial website requires a one-time license fee.", "conditional"),
    # a non-commercial grant: a commercial licence merely offered does not open it, a gate or a scale does
    (
        "You may use the Model for non-commercial purposes. For a commercial license, please email us.",
        "prohibited",
    ),
    (
        "You may use the Model for non-commercial purposes. To use it commercially, register on our website.",
        "conditional",
    ),
    (
        "Free use is permitted for individuals for non-commercial use. Organizations with annual revenue of "
        "USD 1 million or more require a commercial license.",
        "conditional",
    ),
    ("This license explicitly permits commercial use.", "granted"),
    ("Commercial use is subject to prior written permission from Acme.", "conditional"),
    ("You may not use the Model for any commercial purpose that violates applicable law.", "silent"),
    ("You may use the Model for commercial and non-commercial purposes.", "granted"),
    ("You may copy the files. There is no restriction placed on commercial use of the files.", "granted"),
    (
        "Each Recipient agrees not to assert claims against anyone exploiting the Program commercially.",
        "silent",
    ),
    # a ban hedged by "except as expressly provided herein" stands; a gate stated elsewhere decides
    ("Except as expressly provided herein, you may not use the Model for commercial purposes.", "prohibited"),
    (
        "You may use the Model. Except as expressly provided in this Agreement, no commercial use of the "
        "Model is permitted.",
        "prohibited",
    ),
    (
        "Except as expressly provided herein, you may not use the Model commercially. You may use the Model "
        "commercially after registering on our website.",
        "conditional",
    ),
    # key-value summaries
    ("Commercial use: No", "prohibited"),
    ("Commercial: Not allowed.", "prohibited"),
    ("| Commercial use | ✗ |", "prohibited"),
    ("Commercial use: Yes", "granted"),
    ("Commercial use: No restrictions", "silent"),
    ("Commercial use: Yes, with a separate license", "silent"),
    # permissive sentences that mention a limit or a fee without imposing one (reviewer's controls)
    (
        "You may use the Model for any purpose. You are not required to pay any royalty for commercial use.",
        "granted",
    ),
    ("You may use the Model for any purpose. No fee is payable for commercial use.", "granted"),
    ("You may use the Model for any purpose. You need not obtain permission for commercial use.", "granted"),
    ("You may use the Model for any purpose. Commercial use does not require a separate license.", "granted"),
    (
        "You may use the Model for any purpose. Licensor does not guarantee that the Model is fit "
        "for commercial purposes.",
        "granted",
    ),
    ("You may use the Model for research and education, and for any other purpose.", "granted"),
    # paraphrases of the fresh9 readings (sentences written for this test)
    (
        "You may adapt and share the checkpoints for non-commercial purposes. You may not use them "
        "commercially without separate permission from the authors.",
        "prohibited",
    ),
    (
        "The desktop app must stay non-commercial unless you switch to another voice model under a "
        "permissive licence.",
        "conditional",
    ),
    # ldb10 readings (sentences written for this test): 'at no charge' negates nothing; uses beyond an
    # enumerated grant need approval; a non-commercial grant with a further product field; a specification
    # licence that licenses independent implementations; an evaluation limit on the non-production case only
    (
        "Acme grants you a revocable license to install and use the Tool at no charge for your internal "
        "business purposes and to build products that work with the Tool.",
        "conditional",
    ),
    (
        "The Developer may copy, modify and run the Code for its own research and development, and ship it "
        "in embedded products. Any use of the Code other than those stipulated in Article 3 shall be subject "
        "to the prior approval of Acme.",
        "conditional",
    ),
    (
        "Acme grants you a royalty-free license to practice the Licensed Patents (i) for any Research Use, "
        "(ii) for any Noncommercial Use, and (iii) in any Software Implementation.",
        "conditional",
    ),
    (
        "Acme grants you a license to view and use the Specification only for the purpose of internal "
        "evaluation. Acme also grants you a license to create and/or distribute an Independent "
        "Implementation of the Specification that: (i) fully implements the Specification; and (ii) passes "
        "the test suite.",
        "conditional",
    ),
    (
        "If you wish to use the Tool in a production environment, you may use it upon payment of the license "
        "fee. If you wish to use the Tool in a non-production environment, you may use it at no charge "
        "solely for testing and evaluation purposes. You may use the Tool solely for your internal business "
        "purposes.",
        "conditional",
    ),
    # a non-commercial licence described, not named, deep in a model card (not only in the title)
    (
        "# Model card\n\nThe model is a 32-billion-parameter code model. It was trained on code. It was "
        "post-trained with reinforcement learning. It reasons about programs. It runs in containers. It "
        "supports English.\n\n## Risks and limitations\n\nWe explicitly release the model as a research "
        "model under a noncommercial research license for the community to explore world modeling.",
        "prohibited",
    ),
    (
        "The model reads code. It runs in containers. It supports English. The model was trained on data "
        "released under a non-commercial license.",
        "silent",
    ),
    (
        "The model reads code. It runs in containers. It supports English. The model was previously released "
        "under a non-commercial license.",
        "silent",
    ),
    # how a model runs is no licence to run it
    ("The model can be run on a single GPU with 80 GB of VRAM with quantization.", "silent"),
    ("Models can be used with Hugging Face Transformers or other compatible inference engines.", "silent"),
    ("Note that you can use the model with or without thinking mode.", "silent"),
    (
        "Redistribution and use in source and binary forms, with or without modification, are permitted.",
        "granted",
    ),
    # an open licence named only for the models of some releases: commercial use depends on the model
    (
        "All models released before version 2.0 are licensed under Apache 2.0. Starting at version 2.0 new "
        "models have specific licenses.",
        "conditional",
    ),
    ("The model weights released with version 2.0 are licensed under Apache 2.0.", "granted"),
    # 'whether offered commercially, as open source, or ...' is 'in any form', not a ban on commercial use
    (
        "You may use, copy, modify, and distribute the Model, including for commercial purposes, provided "
        "that your total annual revenue is below USD $2,000,000. You may NOT use the Model to develop any "
        "product that competes directly with our platform, whether offered commercially, as open source, or "
        "as an internal tool for third parties.",
        "conditional",
    ),
]


@pytest.mark.parametrize("text, want", COMMERCIAL, ids=[t[:50] for t, _ in COMMERCIAL])
def test_commercial_reading(nlp, text, want):
    assert nlp(text)._.terms["commercial_use"].status == want


@pytest.mark.parametrize("text, want", READINGS, ids=[t[:50] for t, _ in READINGS])
def test_reading(nlp, text, want):
    terms = nlp(text)._.terms
    assert {term: terms[term].status for term in want} == want


THRESHOLDS = [
    ("If your annual gross revenue exceeds $1,000,000, you must obtain a commercial license.", 1000000),
    ("Entities with more than 700 million monthly active users must request a license from Acme.", 700000000),
    (
        "If the monthly active users of your products exceed 100 million, you must obtain a license.",
        100000000,
    ),
    (
        "Organizations with annual revenue of at least USD 10 million require an enterprise agreement.",
        10000000,
    ),
    ("If your revenue in the prior fiscal year exceeded EUR 5,000,000, a paid license is required.", 5000000),
    (
        "Companies whose annual revenue exceeds RMB 100 million must apply for commercial authorization.",
        100000000,
    ),
    ("Any service with over 1M daily active users requires a commercial agreement.", 1000000),
    (
        "The Model may be used in commercial products, provided that the total number of end users "
        "does not exceed 10,000.",
        10000,
    ),
    # a cap counted in devices, written with dots that group thousands and restated in words
    (
        "Commercial use of the software is limited to 100.000 (one hundred thousand) devices, unless a "
        "separate agreement with the Licensor is made.",
        100000,
    ),
    ("Commercial use is limited to 1.000.000 users unless you buy an enterprise license.", 1000000),
    (
        "You may run it internally, provided that your service has no more than 100 registered users.",
        100,
    ),
]


@pytest.mark.parametrize("text, value", THRESHOLDS, ids=[t[:50] for t, _ in THRESHOLDS])
def test_threshold_value(nlp, text, value):
    got = nlp(text)._.terms["user_threshold"]
    assert (got.status, got.params.get("value")) == ("conditional", value)


# One short sentence a term, written here: the status each term's common wordings give.
TERM_READINGS = [
    (
        "include_license",
        "required",
        "You must provide a copy of this Agreement with any copy of the Model you distribute.",
    ),
    ("include_license", "required", "Any redistribution must be accompanied by this license file."),
    ("include_license", "required", "You must distribute the Model together with the LICENSE file."),
    ("include_license", "required", "A copy of these terms must accompany every copy of the weights."),
    ("include_notice", "required", "You must keep all copyright notices intact."),
    ("include_notice", "required", "You may not remove the copyright notice from the weights."),
    ("include_notice", "required", "Redistributions must reproduce the above copyright notice."),
    ("attribution", "required", 'You must display "Powered by Acme" in your product\'s user interface.'),
    (
        "attribution",
        "required",
        "Any product using the Model must prominently state that it is built with Acme Model.",
    ),
    (
        "attribution",
        "required",
        "You must credit Acme in the documentation of any application using the Model.",
    ),
    ("state_changes", "required", "You must mark modified versions of the Model as modified."),
    ("state_changes", "required", "Modified files must carry a notice that you changed them."),
    ("termination", "applies", "This license terminates automatically if you breach any of its terms."),
    ("termination", "applies", "Acme may terminate this Agreement at any time for any reason."),
    ("termination", "applies", "We may revoke your license if you violate these terms."),
    ("termination", "applies", "Your rights end immediately upon any violation."),
    ("licensor_updates", "applies", "Acme may update this license from time to time."),
    ("licensor_updates", "applies", "We reserve the right to change these terms at any time."),
    ("licensor_updates", "applies", "The terms of this license may be revised by Acme without notice."),
    ("licensor_updates", "applies", "Acme may modify the Acceptable Use Policy at its sole discretion."),
    ("governing_law", "applies", "This Agreement will be governed by the laws of England and Wales."),
    ("governing_law", "applies", "Any disputes shall be governed by the laws of Japan."),
    ("governing_law", "applies", "The laws of the State of Delaware govern this license."),
    ("governing_law", "applies", "This license is subject to the laws of Switzerland."),
    (
        "train_other_models",
        "prohibited",
        "You may not use the Model or its outputs to train any other machine learning model.",
    ),
    (
        "train_other_models",
        "prohibited",
        "You shall not use outputs of the Model to develop models that compete with Acme.",
    ),
    ("train_other_models", "prohibited", "Using the outputs to improve other AI models is prohibited."),
    ("train_other_models", "prohibited", "You will not use the Model for distillation."),
    ("output_use", "granted", "You own the outputs you generate with the Model."),
    ("output_use", "granted", "Acme claims no rights in the outputs you generate."),
    (
        "derivative_naming",
        "required",
        'Any derivative model must include "Acme" at the beginning of its name.',
    ),
    ("derivative_naming", "required", 'You may not use the name "Acme" for your fine-tuned models.'),
    (
        "aup_compliance",
        "required",
        "Your use of the Model must comply with our Acceptable Use Policy at https://acme.ai/aup.",
    ),
    (
        "aup_compliance",
        "required",
        "You agree to abide by the Acme Usage Policy, which is incorporated into this Agreement.",
    ),
    (
        "flow_down_restrictions",
        "required",
        "You must require all users of your derivatives to comply with the use restrictions in this license.",
    ),
    (
        "flow_down_restrictions",
        "required",
        "Any agreement under which you share the Model must include the use restrictions of Attachment A.",
    ),
    ("use_restrictions", "applies", "You may not use the Model to generate sexual content involving minors."),
    ("use_restrictions", "applies", "You agree not to use the Model to build weapons of mass destruction."),
    ("use_restrictions", "applies", "You shall not use the Model to create spam."),
    ("use_restrictions", "applies", "You may not use the Model for any surveillance purposes."),
    (
        "patent_retaliation",
        "applies",
        "If you sue anyone alleging that the Model infringes a patent, your licenses end.",
    ),
    ("sublicense", "prohibited", "You may not sublicense your rights under this Agreement."),
    ("sublicense", "granted", "You may sublicense the Model to your customers."),
    ("patent_grant", "granted", "Acme grants you a perpetual patent license to make and use the Model."),
    ("trademark_use", "prohibited", "This license does not grant you any rights to use Acme's trademarks."),
    ("trademark_use", "prohibited", "You may not use the Acme logo without permission."),
    ("warranty_disclaimer", "applies", "The Model is provided without any warranty."),
    (
        "liability_limitation",
        "applies",
        "Acme will not be liable for any damages arising from the use of the Model.",
    ),
    ("liability_limitation", "applies", "Acme's total liability shall not exceed one hundred dollars."),
    ("geographic_restriction", "applies", "The Model may not be used in the European Union."),
    ("geographic_restriction", "applies", "This license is not available to residents of Russia."),
    ("research_use", "granted", "You may use the Model for research."),
    ("research_use", "granted", "You may use the Model for academic research and teaching."),
    ("private_use", "granted", "You may use and modify the Model for personal use."),
    ("modify", "granted", "You may fine-tune the Model."),
    ("modify", "prohibited", "You may not modify the Model."),
    ("distribute", "prohibited", "You may not redistribute the Model weights."),
    ("distribute", "granted", "You may share the Model with others."),
    ("same_license", "required", "Any derivative must be released under the same license as the Model."),
    (
        "disclose_source",
        "required",
        "If you distribute the Program, you must make the source code available.",
    ),
    (
        "network_disclose",
        "required",
        "If users interact with your modified version over a network, you must offer them its source code.",
    ),
    (
        "user_threshold",
        "conditional",
        "If your monthly active users exceed 50 million, you must request a license from Acme.",
    ),
    (
        "user_threshold",
        "conditional",
        "Entities with annual revenue over EUR 20 million must obtain an enterprise license.",
    ),
    (
        "user_threshold",
        "conditional",
        "If your product serves more than 100,000 daily active users, you need a commercial agreement.",
    ),
    ("commercial_use", "granted", "You may use the Model to provide paid services to your customers."),
    ("output_use", "granted", "You are free to use the outputs you generate for any purpose."),
    ("output_use", "granted", "Outputs generated by the Model belong to you."),
    ("output_use", "conditional", "You may not use the outputs of the Model for commercial purposes."),
    (
        "train_other_models",
        "prohibited",
        "You shall not use the outputs of the Model to train a model that competes with the Model.",
    ),
    ("train_other_models", "granted", "You may use outputs of the Model to train other models."),
    ("include_license", "required", "You must give any recipient of the Model a copy of this License."),
    (
        "include_notice",
        "required",
        "You must include the following attribution notice in a NOTICE file distributed with the Model.",
    ),
    (
        "attribution",
        "required",
        "You must acknowledge the use of the Model in any paper that reports results obtained with it.",
    ),
    (
        "derivative_naming",
        "required",
        "Derivative models must not be named in a way that suggests they are the original Model.",
    ),
    ("licensor_updates", "applies", "Acme may update the Acceptable Use Policy from time to time."),
    (
        "termination",
        "applies",
        "This Agreement will terminate immediately if you fail to comply with any of its terms.",
    ),
    (
        "termination",
        "applies",
        "Acme may suspend or terminate your access to the Model at its sole discretion.",
    ),
    ("use_restrictions", "applies", "You agree not to use the Model to provide medical diagnoses."),
    ("use_restrictions", "applies", "You must not use the Model to generate disinformation."),
    ("use_restrictions", "applies", "You shall not use the Model to discriminate against individuals."),
    (
        "governing_law",
        "applies",
        "This Agreement is governed by the laws of the Hong Kong Special Administrative Region.",
    ),
    ("geographic_restriction", "applies", "The license granted does not extend to users in mainland China."),
    (
        "patent_retaliation",
        "applies",
        "If you institute litigation alleging that the Model infringes a patent, your licenses terminate.",
    ),
    ("same_license", "required", "Modified versions of the Model must be distributed under this License."),
    ("sublicense", "prohibited", "The license granted to you is non-transferable and non-sublicensable."),
    ("distribute", "granted", "You may publish your fine-tuned versions of the Model."),
    ("modify", "granted", "You may create derivative works of the Model."),
    ("private_use", "granted", "You may run the Model on your own hardware."),
    (
        "user_threshold",
        "conditional",
        "If your services have more than 100 million daily active users you must request a license from us.",
    ),
    ("aup_compliance", "required", "Your use of the Model is subject to the Prohibited Use Policy."),
    (
        "flow_down_restrictions",
        "required",
        "You must ensure that your end users comply with the restrictions set out in this License.",
    ),
    ("warranty_disclaimer", "applies", 'Acme provides the Model "as is" and disclaims all warranties.'),
    ("liability_limitation", "applies", "In no event will Acme be liable for lost profits."),
    ("trademark_use", "prohibited", "No rights to use Acme's trademarks are granted under this Agreement."),
    ("research_use", "granted", "Research use: Yes"),
    ("research_use", "prohibited", "Research use: No"),
    ("distribute", "prohibited", "Redistribution of weights: Not permitted"),
    (
        "distribute",
        "prohibited",
        "Except as expressly permitted in this Agreement, you may not distribute the Model.",
    ),
    ("modify", "prohibited", "Except as expressly provided herein, you may not modify the Model."),
    (
        "distribute",
        "granted",
        "Except as expressly permitted in this Agreement, you may not distribute the Model. You may "
        "redistribute the Model to third parties.",
    ),
    (
        "distribute",
        "conditional",
        "Redistribution of the checkpoints requires our explicit written permission.",
    ),
    ("modify", "conditional", "Derivative works of the Model require prior written permission from us."),
    (
        "output_use",
        "conditional",
        "The trained models and their generated outputs are provided for research purposes only.",
    ),
    (
        "attribution",
        "required",
        "Any application using the Model must display the following attribution in a user-visible location.",
    ),
    ("include_notice", "required", "When distributing the Model, you must include attribution."),
    (
        "use_restrictions",
        "applies",
        "You must not use the Model for any purpose prohibited by the Acceptable Use Policy.",
    ),
    ("termination", "applies", "Acme reserves the right to terminate your access to the Model at any time."),
    (
        "aup_compliance",
        "required",
        "You must comply with the Acme Responsible AI Terms (https://example.com/terms).",
    ),
    ("private_use", "granted", "The model weights are non-commercial research only."),
    (
        "include_license",
        "required",
        "Any modifications or derived works must retain the respective licenses.",
    ),
    ("include_notice", "required", "Derived works should retain the acknowledgments listed above."),
    (
        "aup_compliance",
        "silent",
        "You must comply with the terms of the GNU General Public License (https://www.gnu.org).",
    ),
    (
        "governing_law",
        "applies",
        "The law of the State of Texas shall apply to all disputes under these terms.",
    ),
    ("research_use", "silent", "You may obtain a copy of the License at the address below."),
    (
        "distribute",
        "prohibited",
        "You may use the Model.\n\nYou may not:\n- redistribute the model weights\n",
    ),
    ("distribute", "prohibited", "Prohibited uses:\n- commercial use\n- redistribution of the weights\n"),
    ("modify", "prohibited", "You may use and modify the Model.\n\nYou may not:\n- fine-tune the Model\n"),
    (
        "use_restrictions",
        "applies",
        "The licensee may use the Work only on hardware manufactured by the Licensor.",
    ),
    (
        "commercial_use",
        "granted",
        "You may use and copy the Software. It must run only on devices made by Acme.",
    ),
    (
        "commercial_use",
        "conditional",
        "Products with no more than 100 million monthly active users may use it commercially for free.",
    ),
    (
        "commercial_use",
        "conditional",
        "Companies with not more than 50 employees may use the Model for commercial purposes.",
    ),
    # paraphrases of the fresh9 readings (sentences written for this test)
    ("include_notice", "required", "You may share the weights if you give appropriate credit."),
    (
        "state_changes",
        "required",
        "You may adapt the checkpoints, provided that you link the license and indicate changes.",
    ),
    (
        "flow_down_restrictions",
        "required",
        "Anyone who redistributes the Model must pass on these use restrictions to their recipients.",
    ),
    ("same_license", "required", "Derivatives of the checkpoints inherit this licence."),
    (
        "output_use",
        "conditional",
        "We claim no rights in generated audio, but you must ensure your outputs do not violate this "
        "agreement.",
    ),
    ("trademark_use", "prohibited", "This licence does not grant any rights to use our name or logo."),
    (
        "patent_retaliation",
        "applies",
        "This agreement terminates automatically if you bring patent litigation against us.",
    ),
    ("distribute", "granted", "## What you may do\n\n- Share the model with colleagues."),
    (
        "aup_compliance",
        "silent",
        "Users must comply with the terms and conditions of the upstream model's license, available at "
        "https://example.com/license.",
    ),
    # a licence to use internally, for the sole purpose of running one's programs: internal use only
    (
        "commercial_use",
        "conditional",
        "Acme grants you a license to reproduce and use internally the Runtime complete and unmodified for "
        "the sole purpose of running your programs.",
    ),
    # use inside the organisation for any purpose, but nothing made available to others: internal use
    (
        "commercial_use",
        "conditional",
        "The Outputs may be used internally for any purpose, but not made available to third parties.",
    ),
    # a per-device licence bought for each device: use only inside the licences acquired
    (
        "commercial_use",
        "conditional",
        "You may install the Software on one server, provided that you acquire a license for each device "
        "from which the Software is used.",
    ),
    # a specification licence: evaluation of the spec, and distribution of conforming implementations
    (
        "commercial_use",
        "conditional",
        "You may view and use the Specification only for internal evaluation. Acme also grants you a "
        "license to create and distribute an Independent Implementation of the Specification that fully "
        "implements the Specification and passes the compatibility tests.",
    ),
    # a grant that names a limited commercial use beside a ban of the defined wider "Commercial Use"
    (
        "commercial_use",
        "conditional",
        "Acme grants you a license to use the Toolkit (a) for academic purposes and (b) for Limited "
        "Commercial Use. This license does not grant you any right to use the Toolkit for Commercial Use.",
    ),
    # what third parties may do with published models limits them, not the licensee's grant
    (
        "commercial_use",
        "silent",
        "You may make the trained models available to third parties, provided that third parties "
        "receiving them have the right to use them for research only.",
    ),
    # a terms-of-service text that describes its offerings, defines words or takes a licence from the
    # user grants the user nothing
    (
        "commercial_use",
        "silent",
        "Our services may include limited licenses or subscriptions to use certain offerings. Reference to "
        '"sales" means a limited right to access and use a service. If you make your page public, you '
        "grant each user a license to use and display your content. We may analyse data about your use "
        "of the services and use it to improve them.",
    ),
    # a ban on distributing the work stays a ban when it names data beside the work; only a ban whose
    # object is the data (third-party, training or personal data) is no ban on the work
    (
        "distribute",
        "prohibited",
        "You may use the Model. You may not distribute the Model or its training data to anyone.",
    ),
    (
        "distribute",
        "prohibited",
        "You may use the Model. You shall not distribute, sell or lease the Model weights, and you must "
        "protect personal data at all times.",
    ),
    # the licensee's own research-only limit, said together with third parties', still limits
    (
        "commercial_use",
        "prohibited",
        "You may use the Model. You and any third party have the right to use the Model for research "
        "purposes only.",
    ),
    # "need not" about something else in the clause leaves the duty to keep notices
    (
        "include_notice",
        "required",
        "You may distribute the Model. You must retain all copyright notices in copies you distribute, but "
        "you need not include the source code.",
    ),
    # a licence steward's notice "by either party" withholds no mark of the licensor (as for "not use the
    # name to endorse")
    (
        "trademark_use",
        "silent",
        "You may use the Model. The steward of this licence does not permit the use by either party of its "
        "name to imply endorsement or affiliation.",
    ),
    # a general grant to use in compliance with the licence is a general grant; a use named among others
    # does not make a copy one for that use only
    (
        "commercial_use",
        "granted",
        "You may use the Model only in compliance with this License and applicable law.",
    ),
    ("research_use", "granted", "You may make copies of the Model, including for academic use."),
    # a copy for personal use only implies no research or commercial use
    (
        "research_use",
        "silent",
        "Acme grants you a license to install and use one copy of the Game solely for your personal use.",
    ),
    # ldb10: recipients' licences that survive a termination grant no use; a grant 'without the right to
    # grant or authorize sublicenses' withholds sublicensing (sentences written for this test)
    (
        "research_use",
        "silent",
        "Parties who have received copies, or rights to use copies, from you under this License will not "
        "have their licenses terminated so long as they remain in full compliance.",
    ),
    (
        "sublicense",
        "prohibited",
        "Acme grants to You at no charge the following limited licenses, without the right to grant or "
        "authorize sublicenses (except as set forth in Section 2.3).",
    ),
    # the notice on copying the licence's own text licenses nothing of the work; running that is not
    # restricted, or the whole grant said as an imperative, is use granted
    (
        "research_use",
        "silent",
        "Everyone is permitted to copy and distribute verbatim copies of this license document, but changing "
        "it is not allowed.",
    ),
    ("research_use", "granted", "The act of running the Tool is not restricted."),
    ("commercial_use", "granted", "You just DO WHAT THE FUCK YOU WANT TO."),
    ("commercial_use", "granted", "Do whatever you like with the original work."),
    # a modal before an inline numbered list governs every item, past a carve-out inside one item
    *[
        (
            term,
            "prohibited",
            "You may not 1) use, copy, modify, or distribute the Tool except as provided in "
            "this Agreement; 2) reverse compile the Tool; or 3) sublicense, rent, or lease the Tool.",
        )
        for term in ("modify", "distribute", "sublicense")
    ],
    # the licensor changing its service, one part of the terms changing another, or a licence the
    # licensee grants, is no leave for the licensee to modify or distribute
    (
        "modify",
        "silent",
        "Acme may further modify or terminate a Service in any country where it is regulated.",
    ),
    (
        "modify",
        "silent",
        "The terms of Part 2 and License Information may replace or modify those of Part 1.",
    ),
    (
        "distribute",
        "silent",
        "By providing a Submission, you are irrevocably granting Acme the right to make, use, modify, "
        "distribute and otherwise commercialize the Submission.",
    ),
    ("modify", "granted", "Licensee may create works derived from the Software."),
    (
        "trademark_use",
        "prohibited",
        "Permission is granted, provided that the names of Acme may not be used in any advertising or "
        "publicity relating to the software.",
    ),
    (
        "trademark_use",
        "prohibited",
        "You shall not include on any copy of the Data:\n(a) the name, crest, logos or other insignia of "
        "Acme, without written authorization.",
    ),
    (
        "include_license",
        "required",
        "You may copy the Tool, provided that you give any other recipients of the Tool a copy of this "
        "General Public License along with the Tool.",
    ),
    (
        "include_notice",
        "required",
        "You shall include and maintain the following notice on all copies of the Data: Source: Acme.",
    ),
    (
        "sublicense",
        "granted",
        "Acme grants you a licence to use and sell the Data, and to sublicence any or all such rights.",
    ),
    # a licence to do everything copyright would otherwise forbid reaches modifying and distributing,
    # unless it carves them out; modifying in a ban list that starts with renting and leasing is withheld
    *[
        (
            term,
            want,
            "Acme grants you a copyright license to do everything you might do with the software that would "
            "otherwise infringe its copyright in it" + tail,
        )
        for term in ("modify", "distribute")
        for want, tail in (("granted", "."), ("silent", ", other than distributing it or making changes."))
    ],
    (
        "modify",
        "prohibited",
        "You may not:\n(i) Rent, lease, reproduce, modify, adapt, create derivative works of, distribute, "
        "sell, sublicense or transfer the Tool;",
    ),
    # review of the ldb10 fixes (sentences written for this test): a freedom to do whatever one likes
    # that is denied or disclaimed grants nothing; a field that is itself non-commercial, or denied,
    # opens no commercial use; the licensor's own undertaking not to distribute or modify, or a notice
    # the licensee need not include, binds the licensee to nothing
    *[
        (term, "silent", text)
        for term in ("commercial_use", "research_use")
        for text in (
            "You can't just do whatever you want with this software.",
            "This does not mean you can do whatever you want with the code.",
            "It does not mean that you may do anything you like with the Tool.",
        )
    ],
    *[
        ("commercial_use", "prohibited", text)
        for text in (
            "You may use the Tool for non-commercial purposes and in any non-commercial product.",
            "You may use the Tool for non-commercial purposes, and not use it in any products.",
            "You may use the Tool for noncommercial purposes or in any research application.",
        )
    ],
    (
        "distribute",
        "silent",
        "Acme will not distribute your personal data except as provided in this Agreement.",
    ),
    ("modify", "silent", "Acme shall not modify the Tool except as provided in this Agreement."),
    (
        "modify",
        "prohibited",
        "Licensee shall not modify the Tool except as provided in this Agreement; or sublicense it.",
    ),
    ("include_notice", "silent", "You are not required to include the following notice."),
    ("include_notice", "silent", "You may, if you wish, reproduce the following notice in your product."),
    # ldb11 readings (sentences written for this test): a non-commercial limit put on modifying alone
    # limits modification, not use; a cap on production installations is a scope, not a ban; an
    # anti-circumvention rule on licensing features is no ban on modifying; developer-tool and
    # create-works-with-it grants are purpose-limited; a definition or a right to transfer one's
    # licence grants no use; an internal-business grant grants research and private use
    *[
        (
            term,
            want,
            "You may use the Tool for any purpose. You may modify the Tool only for "
            "non-commercial purposes such as personal study.",
        )
        for term, want in (("commercial_use", "granted"), ("modify", "conditional"))
    ],
    *[
        (term, want, "You may use or modify the Tool only for non-commercial purposes such as study.")
        for term, want in (("commercial_use", "prohibited"), ("modify", "granted"))
    ],
    (
        "commercial_use",
        "conditional",
        "Each licensed copy of the Tool may be installed in no more than one production environment.",
    ),
    ("commercial_use", "prohibited", "You may not run the Tool in a production environment."),
    (
        "commercial_use",
        "granted",
        "You may use the Tool for any purpose. Copies must be offered at no more than a reasonable "
        "production cost.",
    ),
    (
        "modify",
        "granted",
        "You may use, copy and modify the Tool. Features of the Tool related to licensing shall not be "
        "altered or circumvented.",
    ),
    ("modify", "prohibited", "The Tool shall not be altered or circumvented in any way."),
    (
        "commercial_use",
        "conditional",
        "You may install and use the Tool on any number of computers, including desktops, laptops, "
        'terminals and other electronic devices ("Devices"), to design, develop and test software '
        "applications for use with Acme systems.",
    ),
    (
        "modify",
        "conditional",
        "You may modify the sample source code in the Tool's examples folder to build your application.",
    ),
    *[
        (
            term,
            want,
            "You are granted a non-exclusive license to create web pages which utilize the "
            "Tool through our hosting service.",
        )
        for term, want in (("commercial_use", "conditional"), ("research_use", "granted"))
    ],
    *[
        ("commercial_use", "silent", text)
        for text in (
            '"Viewer" as used herein shall mean any person who is allowed to view your pages.',
            "You may transfer all your rights to use the Tool to another person who accepts these terms.",
        )
    ],
    *[
        (
            term,
            "granted",
            "Acme grants you a license to use the Tool solely for your internal business "
            "purposes and only on the number of seats you have purchased.",
        )
        for term in ("research_use", "private_use")
    ],
    # ldb11 clause readings (sentences written for this test): governing law said 'in accordance with
    # X law' or 'regulated by X law'; a licensor's option to name a jurisdiction names none; a
    # disclaimer 'in lieu of other warranties' or 'neither ... warrants that'; 'in no event will we have
    # any liability'; rights revoked on breach; terms modified by the licensor from time to time, but
    # not laws 'as amended from time to time'; limits of liability surviving a failed remedy bind no
    # recipient; a ban on modifying save where the law permits it stands
    ("governing_law", "applies", "These terms are governed by and enforced in accordance with Ohio law."),
    ("governing_law", "applies", "Any dispute about this licence shall be regulated by Danish law."),
    (
        "governing_law",
        "silent",
        "The Licensor may require that suits be brought under the laws of a particular jurisdiction.",
    ),
    ("warranty_disclaimer", "applies", "This warranty is given in lieu of all other warranties."),
    (
        "warranty_disclaimer",
        "applies",
        "Neither Acme nor its suppliers warrants that the Tool is error free.",
    ),
    ("liability_limitation", "applies", "In no event will Acme have any liability for lost profits."),
    (
        "termination",
        "applies",
        "If you breach these terms, your right to use the Tool will be revoked at once.",
    ),
    ("licensor_updates", "applies", "These terms may be modified by Acme from time to time."),
    (
        "licensor_updates",
        "silent",
        "You must obey all export laws and regulations, as amended from time to time.",
    ),
    (
        "flow_down_restrictions",
        "silent",
        "If any remedy fails of its essential purpose, all limitations of liability herein remain in effect.",
    ),
    (
        "modify",
        "prohibited",
        "You may not decompile or modify the Tool, except as expressly permitted by the laws of France.",
    ),
    # ldb11 (sentences written for this test): a link back or a notice of use owed to the people who
    # meet the work is public credit; the first item of a distribution proviso limits the form
    ("attribution", "required", "Every site using the Tool must link back to the Tool home page."),
    ("attribution", "silent", "You may link back to our home page if you like."),
    (
        "attribution",
        "required",
        "The Developer shall give a notice that the Tool is used, as Acme separately establishes.",
    ),
    (
        "distribute",
        "conditional",
        "Acme grants you a license to reproduce and distribute the Tool, provided that:\n\n(i) you "
        "distribute the Tool complete and unmodified (unless the README says otherwise) and only bundled "
        "with your programs, (ii) your programs add significant functionality.",
    ),
    # ldb11 (sentences written for this test): the licence (or its address) must go with copies when
    # it is a copy of or a link to these terms, a copy of the latest version, or a reference to it
    *[
        ("include_license", "required", text)
        for text in (
            "If you share the Tool, you must include a copy of or a link to these Terms and Conditions.",
            "You must give each customer a copy of the latest version of this Tool Agreement.",
            "The user shall credit Acme and include a reference to this licence.",
            "The user shall provide a link to both this licence and the source of the data.",
        )
    ],
    # an act answered 'yes' in a list of what the licence means in practice
    ("modify", "granted", "* Fine-tune them, or distil them into another model: yes, it is CC BY-SA."),
    ("modify", "silent", "* Fine-tune them: no, not without a separate licence."),
    ("distribute", "granted", "* Bundle them in a proprietary product: yes, but the weights stay CC BY-SA."),
    ("distribute", "silent", "* Redistribute the weights: no."),
    # use restrictions said to apply to the licensee's users: recipients are bound by them
    (
        "flow_down_restrictions",
        "required",
        "You may host the Model as a service. The use-based restrictions in Section 4 apply to You and all "
        "Your users.",
    ),
    ("flow_down_restrictions", "silent", "The use-based restrictions in Section 4 apply to You."),
    # a sublicence barred only on terms at odds with the licence is no ban on sublicensing
    (
        "sublicense",
        "silent",
        "Regardless of whether You qualify, You may NOT: 4. Sublicense the Model under terms that are "
        "inconsistent with this license.",
    ),
    ("sublicense", "prohibited", "You may not sublicense, sell or rent the Model."),
    # change notices said as 'state any modifications', 'the nature of modifications', 'note the modification'
    (
        "state_changes",
        "required",
        "You may distribute the Model. If You distribute the Model, You must clearly state any modifications "
        "You made.",
    ),
    (
        "state_changes",
        "required",
        "You may modify the Model. Modified files must carry a prominent notice stating the nature of "
        "modifications.",
    ),
    (
        "state_changes",
        "required",
        "You may share Derivatives provided that you note the modification and keep the notices.",
    ),
    (
        "state_changes",
        "silent",
        "You may use the Model. Please note that changes to the Model may affect its outputs.",
    ),
    (
        "include_license",
        "required",
        "You may distribute the Model. You must include this entire license agreement when distributing the "
        "Model.",
    ),
    # CC credit said in a deed summary: credit that travels with the shared weights
    (
        "include_notice",
        "required",
        "You may share and adapt the weights. Attribution \u2014 credit the project and the underlying "
        "corpora.",
    ),
    (
        "include_notice",
        "required",
        "You may share the weights. You must give appropriate attribution to this project and to the "
        "underlying Smith et al. (2022) paper.",
    ),
    (
        "include_notice",
        "silent",
        "You may use the weights. Credit this project in any paper that uses the weights.",
    ),
    (
        "include_notice",
        "required",
        "You may share the weights. Anyone redistributing the weights, or a work produced with them, must "
        "carry these notices.",
    ),
]


@pytest.mark.parametrize(
    "term, want, text", TERM_READINGS, ids=[f"{t}:{x[:40]}" for t, _, x in TERM_READINGS]
)
def test_term_reading(nlp, term, want, text):
    assert nlp(text)._.terms[term].status == want


# ldb13 readings (sentences written for this test): use for one's internal development purposes, use
# only with the licensor's own services, a one-individual licence and operation gated by a licence key
# limit commercial use (conditional); their counter-examples stay free
LDB13_READINGS = [
    (
        "commercial_use",
        "conditional",
        "Acme grants to you a non-exclusive, non-assignable, copyright license to use the Tool for your "
        "internal development purposes only.",
    ),
    (
        "commercial_use",
        "conditional",
        "The Tool and any derivative works thereof only may be used or intended for use with the cloud "
        "services, computing platforms or applications provided by Acme, Inc. or its affiliates.",
    ),
    (
        "commercial_use",
        "granted",
        "You may use the Tool for any purpose, with any services provided by Acme or by others.",
    ),
    (
        "commercial_use",
        "conditional",
        "You may install and use copies of the Tool on an unlimited number of computers provided that you "
        "are the only individual using the Tool.",
    ),
    (
        "commercial_use",
        "conditional",
        "If you are an entity, you may designate one individual within your organization to have the right "
        "to use the Tool in the manner provided above.",
    ),
    (
        "commercial_use",
        "granted",
        "You may install and use the Tool for any purpose on any number of computers, by any number of "
        "individuals.",
    ),
    (
        "commercial_use",
        "conditional",
        "You may use and copy the Tool. You will not operate the Tool without a License Key except for "
        "non-production use.",
    ),
    ("commercial_use", "granted", "You may use the Tool for any purpose without a license key."),
    # the user's duty to judge whether the work may be used for any purpose grants nothing
    (
        "commercial_use",
        "silent",
        "It shall be solely up to you to determine whether the Tool may be safely or reliably used for any "
        "purpose.",
    ),
    # clauses in plain or capital words: law 'interpreted by applying the laws of', a disclaimer the
    # licensee also waives, damages the licensee waives, copies 'accompanied by Acme's copyright notice
    # and this agreement', a passive list of rights, credit 'provided that the copyright and these terms
    # are retained', no responsibility for 'the proper functioning' or for damages
    (
        "governing_law",
        "applies",
        "THIS AGREEMENT SHALL BE INTERPRETED EXCLUSIVELY BY APPLYING THE LAWS OF THE STATE OF OHIO.",
    ),
    ("warranty_disclaimer", "applies", "ACME DISCLAIMS, AND YOU HEREBY WAIVE, ANY AND ALL WARRANTIES."),
    (
        "liability_limitation",
        "applies",
        "You agree to waive any and all damages against Acme relating to the Tool.",
    ),
    ("liability_limitation", "silent", "Acme waives any and all fees for the Tool."),
    *[
        (
            term,
            "required",
            "You may distribute copies provided that they are accompanied by Acme's copyright "
            "notice and this agreement.",
        )
        for term in ("include_license", "include_notice")
    ],
    *[
        (
            term,
            want,
            "This tool may be used, modified, copied and sold provided that the copyright and these "
            "terms are retained.",
        )
        for term, want in (
            ("modify", "granted"),
            ("include_license", "required"),
            ("include_notice", "required"),
        )
    ],
    (
        "warranty_disclaimer",
        "applies",
        "Under no circumstances is the author responsible for the proper functioning of this tool.",
    ),
    (
        "liability_limitation",
        "applies",
        "The author does not assume any responsibility for damages incurred with its use.",
    ),
    # a service's settings or changes in transmission are no leave to modify; the licensor's offer to
    # mail source code is no duty to disclose it; a note that the tool is not fault tolerant nor designed
    # for hazardous uses bans nothing, a ban on use in systems whose failure could kill does
    (
        "modify",
        "silent",
        "Company may modify the categories of Data collected by the Service through configuration of the "
        "Services.",
    ),
    (
        "disclose_source",
        "silent",
        "Upon your written request, Acme will provide a complete copy of the GPL source code, by mail, "
        "to you.",
    ),
    (
        "use_restrictions",
        "silent",
        "THE TOOL IS NOT FAULT TOLERANT AND IS NOT DESIGNED, MANUFACTURED, OR INTENDED FOR USE AS ON-LINE "
        "CONTROL EQUIPMENT, SUCH AS IN THE OPERATION OF NUCLEAR FACILITIES OR WEAPONS SYSTEMS.",
    ),
    (
        "use_restrictions",
        "applies",
        "You may not use the Tool with any system where the use or failure of the system can reasonably be "
        "expected to result in personal injury or death.",
    ),
    # keeping a licence key secret is no ban on distributing the work; distribution 'as part of the
    # product you develop' is limited to it
    (
        "distribute",
        "silent",
        "You must keep any License Key strictly confidential and will not share it with any third parties.",
    ),
    ("distribute", "prohibited", "You may not distribute the Tool or any license key."),
    (
        "distribute",
        "conditional",
        "Acme grants to you a license to distribute the Redistributables in binary form, or any portions "
        "thereof, as part of the product or application you develop using the Materials.",
    ),
    # a grant of 'the right to ... redistribute' beside the names of the trademark clauses; a grant that
    # 'includes a license under our patents'; terms that 'apply to all copies, modifications and
    # derivatives'
    (
        "distribute",
        "granted",
        "Subject to the Patents and Trademark clauses below, we hereby grant you the right to use, copy, "
        "modify and redistribute the Tool for any Permitted Purpose.",
    ),
    ("patent_grant", "granted", "The license grant above includes a license under our patents."),
    ("patent_grant", "silent", "The license grant above does not include a license under our patents."),
    (
        "same_license",
        "required",
        "The Terms and Conditions apply to all copies, modifications and derivatives of the Tool.",
    ),
]


@pytest.mark.parametrize(
    "term, want, text", LDB13_READINGS, ids=[f"{t}:{x[:40]}" for t, _, x in LDB13_READINGS]
)
def test_ldb13_reading(nlp, term, want, text):
    assert nlp(text)._.terms[term].status == want


# Hard-wrapped license files break a sentence anywhere: a modality cue of several words ("are
# permitted", "may not", "provided that") reads the same across a line wrap and its indentation.
WRAPPED = [
    (
        "Redistribution and use in source form, with or without modification, are\n"
        "permitted provided that redistributions retain the above copyright notice.",
        {"distribute": "granted", "commercial_use": "granted"},
    ),
    (
        "Redistribution and use of the firmware is\n      permitted provided that the following conditions "
        "are met:",
        {"distribute": "granted"},
    ),
    ("You may\n   not distribute the Model to any third party.", {"distribute": "prohibited"}),
    # a word cut at its hyphen where the line ends is the compound ('non-' / 'sublicensable')
    (
        "We grant you a non-exclusive, non-transferable and non-\nsublicensable license to use the Model.",
        {"sublicense": "prohibited"},
    ),
    (
        "You may use the Model for non-\n    commercial research purposes only.",
        {"commercial_use": "prohibited", "research_use": "granted"},
    ),
]


@pytest.mark.parametrize(
    "text, want",
    [
        # a blank line ends the clause: a cue never joins the words on either side of it
        (
            "You may use the Model for research; you may\n\nnot use it commercially.",
            {"commercial_use": "prohibited"},
        ),
        ("WHAT YOU MAY\nNOT DO\n\nUse the Model commercially.", {"commercial_use": "silent"}),
    ],
)
def test_a_cue_never_joins_two_clauses(nlp, text, want):
    terms = nlp(text)._.terms
    assert {term: terms[term].status for term in want} == want


# A heading that is a lead-in said without its colon ("## You may not", "YOU MAY") reaches the
# list items below it, however they are marked; a lettered item under a colon lead-in too.
HEADING_LEAD_INS = [
    (
        "## You may\n\n- Use the trained models for academic and non-commercial research.\n- Cite them.",
        {"research_use": "granted", "commercial_use": "prohibited"},
    ),
    (
        "YOU MAY NOT\n(1) Remove or modify this copyright notice.\n(2) Sell this code.\n\n"
        "YOU MAY\n(1) Use this code on your website.",
        {"include_notice": "required", "private_use": "granted"},
    ),
    ("You may not:\n  (a) distribute the Software;\n  (b) rent the Software.", {"distribute": "prohibited"}),
    ("❌ What you cannot do\n\n- modify the model weights\n- rent the weights", {"modify": "prohibited"}),
]


@pytest.mark.parametrize("text, want", HEADING_LEAD_INS, ids=[t[:40] for t, _ in HEADING_LEAD_INS])
def test_a_heading_lead_in_reaches_the_items_below(nlp, text, want):
    terms = nlp(text)._.terms
    assert {term: terms[term].status for term in want} == want


# An item of a few sentences does not end the list: the next item of the same list ("c." after
# "b.") is still under the lead-in. Another list (numbered sections after bullets, "3." after
# "(2)") or a long section paragraph ends it.
ITEMS_OF_SEVERAL_SENTENCES = [
    (
        "The user is prohibited from:\n\na. Selling the weights. Others must be pointed to the project "
        "page.\n\nb. Using the weights to harass or defame anyone.",
        {"use_restrictions": "applies"},
    ),
    (
        "You may not:\n- extract training data from the weights\n\n8) LIABILITY. The weights come as they "
        "are. No author is liable.\n\n9) DERIVATIVES. If you create derivative works (tuned models), you may "
        "only share them under these terms.",
        {"modify": "granted"},
    ),
    (
        "Our duties do not apply to claims based on:\n(1) your data; or (2) your own changes. We do not pay "
        "for them.\n3. You may modify the weights.\n4. Keep this notice.",
        {"modify": "granted"},
    ),
]


@pytest.mark.parametrize(
    "text, want", ITEMS_OF_SEVERAL_SENTENCES, ids=[t[:40] for t, _ in ITEMS_OF_SEVERAL_SENTENCES]
)
def test_an_item_of_several_sentences_keeps_its_list_going(nlp, text, want):
    terms = nlp(text)._.terms
    assert {term: terms[term].status for term in want} == want


def test_a_wrapped_cue_is_as_long_as_it_is_on_one_line(nlp):
    wrapped = nlp("You are not permitted\n    to sublicense the Model.")
    flat = nlp("You are not permitted to sublicense the Model.")
    assert wrapped._.terms["sublicense"].status == flat._.terms["sublicense"].status == "prohibited"
    assert [m[0] for m in wrapped._.cue_matches] == [m[0] for m in flat._.cue_matches]


@pytest.mark.parametrize("text, want", WRAPPED, ids=[t[:40] for t, _ in WRAPPED])
def test_cues_read_across_a_line_wrap(nlp, text, want):
    terms = nlp(text)._.terms
    assert {term: terms[term].status for term in want} == want
    flat = nlp(" ".join(text.split()))._.terms  # the same sentence unwrapped reads the same
    assert {term: flat[term].status for term in want} == want


# Sentences written by a reviewer to break the readings of passive grants, wrapped cues and narrow
# bans: the status must be one a careful reader gives, never a wrong `granted`.
NEVER_GRANTED = [
    # an open licence named beside a carve-out, a future, a dataset or derivatives grants nothing
    # (review of grant.named_open_license; sentences written for this test)
    (
        "The model is available under the Apache License 2.0, except for commercial use.",
        "commercial_use",
        {"silent"},
    ),
    ("The model weights are not yet released under the MIT license.", "commercial_use", {"silent"}),
    (
        "The model was trained on the Foo dataset, which is distributed under CC BY 4.0.",
        "commercial_use",
        {"silent"},
    ),
    ("Your derivative works must be distributed under the Apache License 2.0.", "commercial_use", {"silent"}),
    ("The model is available under CC BY 4.0 to approved researchers.", "commercial_use", {"silent"}),
    ("Outputs of the model are licensed under the MIT License.", "commercial_use", {"silent"}),
    ("Our paper about the model is published under CC BY 4.0.", "commercial_use", {"silent"}),
    # a README heading that only opens with 'You may' is no lead-in for the list below it
    (
        "## You may also like\n\n- Commercial use of the model\n- Acme-7B",
        "commercial_use",
        {"silent"},
    ),
    # a cap on non-commercial use says nothing of commercial use
    ("Non-commercial use is limited to 100 users.", "commercial_use", {"silent"}),
    # a bare 'Sell' opening an item of what you may not do grants nothing (fresh10 draw; written here)
    (
        "## You may not\n\n- Sell the trained weights.\n- Benchmark them privately.",
        "commercial_use",
        {"silent"},
    ),
    # from the ldb5 LicenseDB draw (sentences written for this test)
    (
        "The rights above include the right to make such changes as are technically necessary to "
        "exercise the rights in other media and formats. All rights not expressly granted are reserved.",
        "modify",
        {"silent", "prohibited"},
    ),
    (
        "To host your maps, you hereby grant Acme a worldwide, sublicensable licence to host, copy, "
        "publish, distribute, modify and create derivative works of Your Content.",
        "modify",
        {"silent"},
    ),
    (
        "To host your maps, you hereby grant Acme a worldwide, sublicensable licence to host, copy, "
        "publish, distribute, modify and create derivative works of Your Content.",
        "distribute",
        {"silent"},
    ),
    (
        "We may update these Terms from time to time, for example to adapt to new technologies.",
        "modify",
        {"silent"},
    ),
    (
        "This License applies to any program which contains a notice placed by the copyright holder "
        "saying it may be distributed under the terms of this License.",
        "distribute",
        {"silent"},
    ),
    (
        "Acme Corporation may publish revised and/or new versions of this License from time to time.",
        "distribute",
        {"silent"},
    ),
    (
        "You can also use this wording to make the terms for other programs.",
        "research_use",
        {"silent"},
    ),
    # from the ldb4 LicenseDB draw (sentences written for this test)
    (
        "The above rights include the right to make such modifications as are technically necessary to "
        "shift formats, but otherwise you have no rights to make Derivative Works.",
        "modify",
        {"prohibited"},
    ),
    (
        "We may at any time modify, suspend, or discontinue the Services with or without notice.",
        "modify",
        {"silent"},
    ),
    (
        "Acme grants you a license to install and use the SDK, and to modify and create derivative works "
        "of sample source code delivered in the SDK.",
        "modify",
        {"conditional"},
    ),
    (
        "Customer is granted a royalty-free right to reproduce and use the Software for the purpose of "
        "developing applications which run in conjunction with the Software.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "Licensor grants you a license to use, copy and distribute the Software, subject to the Use "
        "Limitation. If you exceed the Use Limitation, your use is subject to payment of Licensor's "
        "then-current list price.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Service for the number of Users specified on an Order Form for your internal "
        "business purposes.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the software for your own internal business purposes only, and you may make the "
        "software available to others for your own internal business purposes only.",
        "distribute",
        {"conditional"},
    ),
    (
        "Privacy\n\nWhen you use the APIs, processing of the input data happens on-device. As a result, "
        "you can use our APIs for processing data that should not leave the device.",
        "commercial_use",
        {"silent"},
    ),
    (
        "Inference API Service: where you or your organization can run inference on models we host.",
        "research_use",
        {"silent"},
    ),
    # session 8: limits the grant sentence or another clause states (written for this test)
    (
        "Licensor grants you a royalty-free license to use, modify and distribute the Model.\n\n"
        "2. Field of Use. You may use the Model only in the field of agricultural crop monitoring.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "Licensor grants you a license to use, reproduce and distribute the Model "
        "for any Permitted Purpose.\n\n"
        '1. Definitions. "Permitted Purpose" means teaching and non-profit scientific research.',
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model for personal, non-commercial creative projects.",
        "commercial_use",
        {"prohibited"},
    ),
    ("The Model may be used in non-commercial settings.", "commercial_use", {"prohibited"}),
    (
        "You are granted a license to use the Model in up to three (3) projects. "
        "Use in more than three projects requires a paid license.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "Licensor grants you a perpetual license to use and modify the Software. "
        "You may not use the Software to build a product that competes with Licensor's products.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model for any purpose except to build a competing product.",
        "commercial_use",
        {"conditional"},
    ),
    ("You may use this model at home for hobby projects.", "commercial_use", {"silent", "prohibited"}),
    (
        "Permission is hereby granted to use, copy and modify the Model, "
        "provided that such use is limited to evaluation of the Model.",
        "commercial_use",
        {"silent", "prohibited"},
    ),
    # a question and the answer under it (the English and the Chinese segmenters keep them together)
    ("You may use the Model.\n\nQ: Is commercial use allowed?\nA: No.", "commercial_use", {"prohibited"}),
    ("You may use the Model.\n\nQ: Is commercial use allowed?\nA: Yes.", "commercial_use", {"granted"}),
    # a permissive word elsewhere in the clause leaves a ban standing (vetoes near the match only)
    (
        "You may use the Model. You may no longer use the Model for commercial purposes.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model. You may not use the Model for commercial purposes, nor adapt it as "
        "you see fit.",
        "commercial_use",
        {"prohibited"},
    ),
    # session 8, second round of the reviewer's classes
    (
        "You may use, copy and modify the Model. You agree not to use the Model in connection with "
        "any commercial product or service.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. Licensee shall not derive any revenue from the Model.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. The Model is not for commercial, military and/or "
        "government use.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "Licensor grants you a license, for research purposes, to use and modify the Model.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. Commercial use is not permitted except as expressly "
        "provided herein.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. You may not use the Model commercially, unless and "
        "until this Agreement is superseded.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. All use of the Model is limited to internal "
        "evaluation and testing.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. Any other use requires Licensor's consent.",
        "commercial_use",
        {"conditional"},
    ),
    # session 8, reviewer's classes: titles, licensee classes, use outside the license, gates
    (
        "ACADEMIC USE LICENSE AGREEMENT\n\nLicensor grants you a license to use, copy and modify the Model.",
        "commercial_use",
        {"prohibited"},
    ),
    ("Personal Use License\n\nYou may download and use the Model.", "commercial_use", {"prohibited"}),
    (
        "You may use, copy and modify the Model. This license is available only to non-profit organisations.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. For-profit entities are not eligible for this license.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. Commercial use is not covered by this license.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. "
        "No license is granted for production or commercial deployment.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use and distribute the Model for any purpose, with the exception of commercial purposes.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use, copy and modify the Model. Business use requires a business license.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use, copy and modify the Model. If you wish to use the Model commercially, "
        "you must first enter into a commercial agreement with Licensor.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use, copy and modify the Model. Research use requires registration via our form.",
        "research_use",
        {"conditional"},
    ),
    (
        "You may use, copy and modify the Model. "
        "Research use is permitted only with Licensor's prior written approval.",
        "research_use",
        {"conditional"},
    ),
    # a word that cancels a ban only where it qualifies it (unless_near), and bans with their own way out
    (
        "You may use the Model. You may not use the Model for commercial purposes, "
        "including selling merchandise bearing Licensor's trademarks.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model. The Model may be used by individuals and non-profit organisations, "
        "but not for commercial purposes.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model. Commercial use is prohibited unless authorised by Licensor in writing.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model. No commercial use is allowed unless you are a Licensor partner.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model. Unless you have a commercial agreement with Licensor, "
        "you may not use the Model commercially.",
        "commercial_use",
        {"conditional"},
    ),
    # found re-reading the day's change: a grant rule's own limits (written for this test)
    ("There are no restrictions on commercial use by academic institutions.", "commercial_use", {"silent"}),
    ("Redistribution: allowed for research purposes", "distribute", {"silent", "conditional"}),
    ("Redistribution for research purposes requires attribution.", "distribute", {"silent", "conditional"}),
    # from the third review (sentences written by the reviewer for it)
    (
        "You may use, modify and distribute the Model. You shall not provide, disclose or transfer "
        "the Model to anyone outside your organization.",
        "distribute",
        {"prohibited"},
    ),
    ("# Acme Academic License\n\nYou may use, copy and modify the Model.", "commercial_use", {"prohibited"}),
    (
        "You may use the Model for prototyping; shipping it in a product needs a commercial license.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model. This license does not cover use in paid products or services.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use this model for anything you like as long as you are not making money from it.",
        "commercial_use",
        {"prohibited"},
    ),
    ("You may publish papers describing your results obtained with the Model.", "distribute", {"silent"}),
    (
        "You may use and modify the Model for the sole purpose of benchmarking.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    ("The Model may be used only by accredited universities.", "commercial_use", {"prohibited", "silent"}),
    (
        "You may use the Model only on behalf of a non-profit organization.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "You may use the Model to evaluate and compare language models; no other use is licensed.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "You may distribute the Model after obtaining written approval from Acme.",
        "distribute",
        {"conditional"},
    ),
    (
        "You may redistribute the Model upon payment of a distribution fee to Acme.",
        "distribute",
        {"conditional"},
    ),
    ("You may modify the Model with Acme's written permission.", "modify", {"conditional"}),
    ("You may fine-tune the Model only after Acme has approved your use case.", "modify", {"conditional"}),
    (
        "You may use the Model commercially once Acme has approved your application.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model commercially, provided you pay the royalties set out in Schedule B.",
        "commercial_use",
        {"conditional"},
    ),
    ("You may use the Model commercially if Acme agrees in writing.", "commercial_use", {"conditional"}),
    (
        "You may use the Model. Non-commercial use is free; commercial use is paid.",
        "commercial_use",
        {"conditional"},
    ),
    ("You may use the Model for any purpose other than research.", "research_use", {"prohibited"}),
    ("You may use the Model for any purpose except scientific research.", "research_use", {"prohibited"}),
    ("You may use the Model commercially. Research use is not permitted.", "research_use", {"prohibited"}),
    # a Markdown table row is a clause of its own (written for this test)
    (
        "You may use the Model.\n\n| Use | Allowed |\n|---|---|\n"
        "| Research | Yes |\n| Commercial use | No |\n",
        "commercial_use",
        {"prohibited"},
    ),
    # a list of what is restricted, under its heading, is no grant of it (written for this test)
    (
        "# Model License\n\nYou may use the Model.\n\n## Restrictions\n\n- Commercial use\n",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model.\nRestrictions:\n- commercial use\n- redistribution\n",
        "commercial_use",
        {"prohibited"},
    ),
    # gates said after the grant (written for this test)
    ("The Model may be used commercially after registration.", "commercial_use", {"conditional"}),
    (
        "Businesses may use the Model after signing a commercial agreement with Acme.",
        "commercial_use",
        {"conditional"},
    ),
    ("Commercial deployment is possible upon request.", "commercial_use", {"conditional"}),
    (
        "Except for commercial use, use of the Model is hereby granted.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Any use shall be permitted, except commercial use.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Every use is allowed but commercial use.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Use is allowed everywhere except in commercial products.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        ("Rights for commercial use are reserved by Acme, and research use is hereby granted."),
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Commercial rights are reserved and personal use is allowed.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Permission for commercial use is granted on request.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "A license for commercial use is granted under a separate agreement.",
        "commercial_use",
        {"conditional"},
    ),
    (
        ("Commercial use shall be permitted only under a separate written agreement with Acme."),
        "commercial_use",
        {"conditional"},
    ),
    (
        "Commercial use shall be permitted upon payment of the license fee.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "Commercial use is allowed only after purchasing a license.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "Use of the Model for research is allowed; any other use requires a license.",
        "commercial_use",
        {"conditional", "prohibited", "silent"},
    ),
    (
        "Use of this software is hereby granted for evaluation.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Use of the Model in non-production environments is hereby granted.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Internal use is allowed.",
        "commercial_use",
        {"conditional", "silent"},
    ),
    (
        "Non-profit use is allowed.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Use by students is allowed.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Hobby use shall be permitted.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Usage of the Model is permitted in academic institutions.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Use of the Model by universities is hereby granted.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Usage of the Acme name in advertising is allowed.",
        "commercial_use",
        {"silent"},
    ),
    (
        "Redistribution is reserved to Acme and use is hereby granted.",
        "distribute",
        {"prohibited", "silent"},
    ),
    (
        "Redistribution is allowed to holders of a Pro license.",
        "distribute",
        {"conditional", "silent"},
    ),
    (
        "Permission given to use this script in non-commercial applications.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "Free for use, except in commercial products.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Free for use by non-profit organizations.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "The Model is free for evaluation use.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "The Model is free for use during a 30-day trial.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        ("The Model is free for use in open-source projects; commercial products need a license."),
        "commercial_use",
        {"conditional", "prohibited"},
    ),
    (
        "We will grant permission for commercial use upon request.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "Contact us if you would like us to grant permission for commercial use.",
        "commercial_use",
        {"conditional", "silent"},
    ),
    (
        "The Licensor retains the freedom to use, modify and distribute the Model.",
        "commercial_use",
        {"silent"},
    ),
    (
        "The Licensor retains the freedom to use, modify and distribute the Model.",
        "distribute",
        {"silent"},
    ),
    (
        (
            "You may use the Model. Commercial use is not permitted, in keeping "
            "with the spirit of open research."
        ),
        "commercial_use",
        {"prohibited"},
    ),
    (
        (
            "You may use the Model. You may not use the Model for commercial "
            "purposes or to endorse any product."
        ),
        "commercial_use",
        {"prohibited"},
    ),
    (
        (
            "You may use the Model. You may not use the Model for commercial "
            "purposes or make any representation about Acme."
        ),
        "commercial_use",
        {"prohibited"},
    ),
    (
        (
            "You may use the Model. You may not use the Model commercially or "
            "impose restrictions on other users."
        ),
        "commercial_use",
        {"prohibited"},
    ),
    (
        ("You may use the Model. You may not use the Model commercially or assign the license to anyone."),
        "commercial_use",
        {"prohibited"},
    ),
    (
        ("You may use the Model. Commercial use without asking permission first is not allowed."),
        "commercial_use",
        {"conditional", "prohibited"},
    ),
    (
        (
            "You may use the Model. Commercial use of the Model or the names of its "
            "authors requires prior written approval."
        ),
        "commercial_use",
        {"conditional"},
    ),
    (
        "Commercial use is not supported.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "Commercial use is supported with a commercial license from Acme.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "The Model will be open for commercial use in a future release.",
        "commercial_use",
        {"silent"},
    ),
    (
        ("Any use of the Model, commercial or otherwise, requires a written agreement with Acme."),
        "commercial_use",
        {"conditional", "silent"},
    ),
    (
        "One copy of the Model may be copied for backup purposes.",
        "commercial_use",
        {"silent"},
    ),
    (
        "Copying of the Model is allowed for archival purposes.",
        "commercial_use",
        {"silent"},
    ),
    (
        "The Model may be reproduced for internal evaluation.",
        "commercial_use",
        {"conditional", "prohibited", "silent"},
    ),
    (
        "This documentation is for informational purposes only and may be copied freely.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        (
            "You may use and share the Model within your team. You may not "
            "redistribute the Model to third parties or present it as your own."
        ),
        "distribute",
        {"conditional", "prohibited"},
    ),
    (
        (
            "You may use and share the Model within your team. You may not "
            "redistribute, sell or export the Model."
        ),
        "distribute",
        {"conditional", "prohibited"},
    ),
    (
        (
            "You may use and share the Model within your team. You may not "
            "distribute the Model, its name or its logo."
        ),
        "distribute",
        {"conditional", "prohibited"},
    ),
    (
        (
            "You may use the Model internally. The Model may not be modified, and "
            "its copyright notices may not be altered."
        ),
        "modify",
        {"prohibited"},
    ),
    (
        "You may use the Model for any purpose except commercial purposes.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "You may use the Model for any purpose that is not commercial.",
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "You may use the Model, provided that such use is non-commercial.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model. Commercial use is reserved to Acme.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model. Use in commercial products is not permitted.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        ("Acme grants you a license to use, reproduce and modify the Model for academic research."),
        "commercial_use",
        {"prohibited", "silent"},
    ),
    (
        "You may use the Model. Any commercial use must be licensed separately.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "Commercial use is permitted subject to a separate commercial license.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "Commercial use is permitted for members of the Acme Developer Program.",
        "commercial_use",
        {"conditional", "silent"},
    ),
    (
        "You may use the Model. Commercial use, however, is prohibited.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        ("Nothing in this Agreement authorizes you to sublicense, distribute or modify the Model."),
        "distribute",
        {"prohibited", "silent"},
    ),
    (
        "Acme grants you a license to use the Model, without the right to sublicense.",
        "sublicense",
        {"prohibited", "silent"},
    ),
    (
        "You may sublicense the Model only with Acme's written consent.",
        "sublicense",
        {"conditional", "silent"},
    ),
    (
        ("You may use the Model. If you intend to use the Model commercially, please reach out to us first."),
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use, copy and modify the Model. Except as expressly provided herein, you may not use the "
        "Model for any commercial purpose.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model for any purpose. You shall not use the Model commercially, "
        "except as expressly permitted under this License.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "Licensed under the Apache License. You may obtain a copy of the License.",
        "commercial_use",
        {"silent"},
    ),
    ("| Research use | ✓ |\n| Commercial use | ✗ |", "commercial_use", {"prohibited"}),
    ("Research use: Yes\nCommercial use: No", "commercial_use", {"prohibited"}),
    (
        "You may use the Model.\n\nYou may not:\n- use the Model for commercial purposes\n",
        "commercial_use",
        {"prohibited"},
    ),
    ("Commercial use: Yes, only below 1M monthly users", "commercial_use", {"conditional", "silent"}),
    # from fresh8 (sentences written for this test): limits and gates outside a general grant
    (
        "Acme grants you a license to use and distribute the Engine, but only for:\n\n"
        "- Educational purposes;\n- Commercial purposes but only if your network has at most six inputs;\n",
        "commercial_use",
        {"conditional"},
    ),
    (
        '* "Commercial Usage" an application or usage of the Model that generates more than 10,000 USD '
        "a year.\n\n"
        "Each Contributor grants You a license to reproduce and distribute the Model given it is not under "
        "Commercial Use.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model. 2. No Commercial Use: The Model may not be used for commercial purposes "
        "without prior written consent.",
        "commercial_use",
        {"conditional", "prohibited"},
    ),
    (
        "The Model may not be used for commercial, research, or educational purposes without prior "
        "written consent.",
        "research_use",
        {"conditional", "prohibited"},
    ),
    # grants named for purposes none of which is commercial (probes of the fresh8 readings)
    (
        "You may use, copy and modify the Weights for benchmarking and teaching.",
        "commercial_use",
        {"prohibited"},
    ),
    ("You may run the Model for evaluation and prototyping.", "commercial_use", {"prohibited"}),
    ("You may use the Model for hobby projects.", "commercial_use", {"prohibited"}),
    ("You can use the model for any non-profit purpose.", "commercial_use", {"prohibited"}),
    (
        "The model may be used for testing and evaluation in non-production environments.",
        "commercial_use",
        {"prohibited"},
    ),
    ("Permitted uses: research, education, and personal experimentation.", "commercial_use", {"prohibited"}),
    ("Non-commercial use, but only if attributed, is permitted.", "commercial_use", {"silent", "prohibited"}),
    ("You may use the Model for your own personal use.", "commercial_use", {"prohibited"}),
    # gates stated after a general grant (probes of the fresh8 readings)
    (
        "You may use the Model for any purpose. If you want to use it in a product you sell, email us first.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model for any purpose; for use in a commercial product, a separate agreement with "
        "Acme is required.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use, modify and distribute the Model. Use in a paid service requires our written approval.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "The Model may be used freely, except that you may not offer it as a hosted service without a "
        "commercial license.",
        "commercial_use",
        {"conditional"},
    ),
    # research use gated or withheld (probes of the fresh8 readings)
    ("Research use is allowed only after you register on our website.", "research_use", {"conditional"}),
    (
        "You may use the Model for any purpose, except that research institutions need a separate license.",
        "research_use",
        {"conditional"},
    ),
    (
        "The Model is for internal product development only; no research or publication is permitted.",
        "research_use",
        {"prohibited"},
    ),
    # paid plans and sale bans after a free grant (probes of the fresh8 readings)
    (
        "You may use the model at no cost for up to 1,000 API calls per day; above that, a paid plan is "
        "required.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model to provide services to your clients, but only under a paid enterprise plan.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model in your own apps but may not sell access to it.",
        "commercial_use",
        {"conditional"},
    ),
    # session 9 probes: limits a general grant leaves standing (sentences written for this test)
    (
        "The Software is licensed, not sold. You may install one copy on a single computer for your "
        "personal use.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Model only in connection with Acme's products and services.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Software free of charge for up to 30 days for evaluation. After the evaluation "
        "period you must purchase a license or cease using it.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use the Model in production only after obtaining a production license.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "The Model may be used in commercial products, provided that the total number of end users does "
        "not exceed 10,000.",
        "commercial_use",
        {"conditional"},
    ),
    (
        "You may use, copy and modify the Model. You may not use the Model in any product that generates "
        "revenue.",
        "commercial_use",
        {"prohibited"},
    ),
    (
        "You may use the Software for internal business purposes. Use of the Software for academic "
        "research requires our prior written consent.",
        "research_use",
        {"conditional"},
    ),
    (
        "The Model may be used for commercial purposes only. Academic and research use is not covered "
        "by this license.",
        "research_use",
        {"prohibited"},
    ),
    (
        "You may use, copy, modify and distribute the Software. You may redistribute the Software only "
        "in unmodified form.",
        "distribute",
        {"conditional"},
    ),
    (
        "You may use, copy and modify the Software. You may distribute the Software only as part of "
        "your application and not on a standalone basis.",
        "distribute",
        {"conditional"},
    ),
    ("The Licensee may distribute the Software to its Affiliates only.", "distribute", {"conditional"}),
    (
        "You are granted a license to use the Model. No right to modify, adapt or create derivative "
        "works is granted.",
        "modify",
        {"prohibited"},
    ),
    (
        "You may use the Software. You may not modify, adapt or translate the Software.",
        "modify",
        {"prohibited"},
    ),
    ("b. produce and reproduce, but not Share, Adapted Material.", "modify", {"conditional"}),
    (
        "You may use the dataset to evaluate models, but you may not use it to train models.",
        "train_other_models",
        {"prohibited"},
    ),
    ("You may use the Tool for personal purposes.", "commercial_use", {"prohibited"}),
    # an export clause's veto does not lift a ban named before it in the same clause
    (
        "You may not use the Model for military purposes or for any purpose prohibited by applicable law.",
        "use_restrictions",
        {"applies"},
    ),
    (
        "You shall not use the Model for surveillance of individuals, unless authorized by the Licensor.",
        "use_restrictions",
        {"applies"},
    ),
    # a named open licence said of how or where the model was trained, or of its training recipes
    (
        "The model was trained in our lab on data released under the Apache License 2.0.",
        "commercial_use",
        {"silent"},
    ),
    ("The model training recipes are released under the MIT License.", "commercial_use", {"silent"}),
    ("This licence allows free use of the Tool for personal purposes.", "commercial_use", {"prohibited"}),
    (
        "You may use the Tool for non-commercial, hobby or educational purposes.",
        "commercial_use",
        {"prohibited"},
    ),
]

# LicenseDB audit against the categories (commercial_use granted in proprietary, commercial and
# restricted texts): 'use' read as a grant where the licensor, a warranty, a waiver, an audit, a
# definition, a title, a condition on copies or a single named purpose speaks (sentences written here)
NOT_A_GRANT_OF_USE = [
    "If you choose to give Acme any Feedback, Acme is free to use the Feedback however it chooses.",
    "If you send any ideas, suggestions, comments, bug fixes or improvements to Acme about this tool "
    '("Feedback"), you hereby grant to Acme a perpetual license to use and incorporate the Feedback.',
    "You agree that Acme and its designees will be free to copy, modify, distribute and use the Feedback "
    "for any purpose.",
    "You acknowledge that Acme may use and disclose personal information collected through the telemetry "
    "feature in accordance with its privacy policy.",
    "The software may collect information about you and your use of the software and send it to Acme.",
    "Some features of the tool may enable collection of data from people who use your applications.",
    "With prior notice, Acme may audit the Licensee's use of the Software to verify compliance.",
    "ACME GIVES NO WARRANTY FOR THIRD PARTY SOFTWARE WHICH MAY BE USED WITH OR SUPPLIED WITH THE ACME "
    "SOFTWARE.",
    "Acme warrants that the disks on which the Program may be delivered will be free from defects in "
    "materials and workmanship under normal use for thirty days.",
    "You agree to waive any claim against Acme for losses you may incur related to your use of the Software.",
    "Some parts of the Software come with notices and open source licenses from third parties that govern "
    "the use of those parts.",
    "Acme may suspend or end your access to and use of the website for any reason at any time.",
    "You may end this Agreement at any time by ceasing your use of the Kit.",
    "The Free To Use Software License",
    "Redistribution of the firmware is permitted provided that the following conditions are met:\n"
    "1. Redistributions in binary form must reproduce the above copyright notice.",
    "You are permitted to use the Program to check published scientific results.",
    "You are allowed to use and change the Program for the validation of new scientific claims if you tell "
    "the author first.",
    "To reach some services you may be required to give contact details as part of your continued use of "
    "the services.",
    "If you would like to use the service beyond these limits, you must obtain Acme's written consent.",
    "You understand that some countries may restrict the import, use, or export of encryption products.",
    "The program may check for updates, and download and install them for you.",
    "If asked, Acme may provide technical support services to you for your use of the Program.",
    "To the extent such a licence requires that Acme give you the rights to copy, change or otherwise use "
    "any open source software, those rights are given.",
    "You may only use or copy this Program if you are bound by the applicable license agreement with Acme.",
    "This program is supplied under a written license agreement and may be used only in line with that "
    "license.",
    "You may: * Use the Program to demonstrate the Program.",
    "Acme grants you a licence to display Acme's Brand Features for the purpose of promoting that you "
    "use the service.",
    "Acme may produce screenshots of your application and may use your company or product name in its "
    "marketing.",
    "If the disk is faulty, you may return it within 30 days with a copy of your payment receipt.",
    "Notwithstanding any other license, the rights of the Government regarding its use and disclosure are as "
    "set out in the regulations.",
    "Acme grants you a license to use the Acme attribution statements solely for the purpose of the "
    "attribution requirements above.",
]


@pytest.mark.parametrize("text", NOT_A_GRANT_OF_USE, ids=[t[:40] for t in NOT_A_GRANT_OF_USE])
def test_no_use_granted_by_what_is_not_a_grant(nlp, text):
    terms = nlp(text)._.terms
    assert terms["commercial_use"].status == "silent"
    assert terms["private_use"].status == "silent"


# the vetoes above leave real grants standing
STILL_A_GRANT_OF_USE = [
    "You may make and use copies of the Software under this License.",
    "End users may use the Software without charge.",
    "You may use the Data for any purpose.",
    "Permission is granted to use, copy and modify the Software, provided that this notice is kept.",
    "You may use the Software in your products and sell them.",
    "Subject to the disclaimer of warranty below, use and redistribution of this software are permitted.",
]


@pytest.mark.parametrize("text", STILL_A_GRANT_OF_USE, ids=[t[:40] for t in STILL_A_GRANT_OF_USE])
def test_real_grants_of_use_stand(nlp, text):
    assert nlp(text)._.terms["commercial_use"].status == "granted"


def test_an_evaluation_licence_grants_research_and_private_use_only(nlp):
    terms = nlp(
        "Acme grants you a license to view, use and reproduce the Specification only for the purpose of "
        "internal evaluation."
    )._.terms
    assert terms["research_use"].status == "granted"
    assert terms["private_use"].status == "granted"
    assert terms["commercial_use"].status == "prohibited"
    text = "Acme grants you a license to use the Software without charge for evaluation of the Software."
    terms = nlp(text)._.terms
    assert terms["research_use"].status == "granted"
    assert terms["commercial_use"].status == "silent"
    assert (
        nlp("You must stop using the Software when the evaluation period expires.")
        ._.terms["research_use"]
        .status
        == "silent"
    )


def test_where_parts_came_from_is_no_commercial_ban(nlp):
    text = (
        "You may use the Samples for any music, private or commercial. I cannot be sure where all the "
        "samples came from, although none of them came from commercially published packages."
    )
    assert nlp(text)._.terms["commercial_use"].status == "granted"
    assert nlp("You may not use the samples for commercial purposes.")._.terms["commercial_use"].status == (
        "prohibited"
    )


def test_a_licence_of_attribution_statements_limits_nothing_else(nlp):
    text = (
        "Acme grants you a license to use, copy and publish the Directory. Acme grants you a license to use "
        "the Acme attribution statements solely for the purpose of the attribution requirements above."
    )
    assert nlp(text)._.terms["commercial_use"].status == "granted"


def test_a_contributors_grant_and_a_limited_purpose_grant(nlp):
    text = (
        "By contributing material to this project, you grant Acme and those who receive the material a "
        "license to reproduce and distribute it for commercial or non-commercial use."
    )
    assert nlp(text)._.terms["commercial_use"].status == "silent"
    text = (
        "Acme grants you a license to copy and use the Software for the limited purpose of implementing it."
    )
    assert nlp(text)._.terms["commercial_use"].status == "conditional"


def test_no_permission_to_make_a_profit_withholds_commercial_use(nlp):
    text = "You do not have permission to use this code to make a profit in any way."
    assert nlp(text)._.terms["commercial_use"].status == "prohibited"
    gated = "You do not have permission to use this code to make a profit unless you buy a licence."
    assert nlp(gated)._.terms["commercial_use"].status != "prohibited"


@pytest.mark.parametrize(
    "text, term, allowed", NEVER_GRANTED, ids=[f"{t}:{x[:40]}" for x, t, _ in NEVER_GRANTED]
)
def test_never_more_permissive_than_the_text(nlp, text, term, allowed):
    assert nlp(text)._.terms[term].status in allowed


@pytest.mark.parametrize(
    "text",
    [
        "You may use the Model. You may modify and use it only for non-commercial purposes.",
        "You may use the Model. You may modify, copy and use the Model solely for non-commercial purposes.",
        "You may use the Model. You may modify the Model and use it only for non-commercial purposes.",
        "You may use the Model. You may modify these files and use them only for non-commercial purposes.",
    ],
)
def test_a_noncommercial_limit_on_modifying_and_using_limits_use(nlp, text):
    # review hreview6 (sentences written for this test): the veto for a limit on modifying alone
    # ('You may modify the software only for non-commercial purposes') must not reach a limit that
    # also names use after modify; it read commercial use granted from the bare 'You may use the Model'
    terms = nlp(text)._.terms
    assert terms["commercial_use"].status == "prohibited"
    assert terms["modify"].status == "conditional"


def test_a_noncommercial_limit_on_modifying_alone_still_leaves_use_free(nlp):
    text = "You may use the Tool for any purpose. You may modify it only for non-commercial purposes."
    terms = nlp(text)._.terms
    assert terms["commercial_use"].status == "granted"
    assert terms["modify"].status == "conditional"


def test_whether_commercial_in_a_ban_leaves_the_ban(nlp):
    # review hreview6 (sentences written for this test): 'whether offered commercially' in a competitor
    # clause is any way of supply, but a bare 'whether ... commercial' must not end a ban of commercial use
    for text in (
        "You may use the Model. You may not use the Model for any commercial purpose, whether commercial or "
        "in-house.",
        "You may use the Tool. You may not use the Tool commercially, whether for profit or commercially "
        "in any other way.",
    ):
        assert nlp(text)._.terms["commercial_use"].status == "prohibited"
    text = (
        "You may not use the Model to build a competing service, whether it is offered commercially or for "
        "free."
    )
    assert nlp(text)._.terms["commercial_use"].status == "conditional"


def test_a_ban_beside_a_cap_on_production_servers_stands(nlp):
    # review hreview6 (sentence written for this test): the production-cap veto reaches only the cap
    text = (
        "You may not use the Model for commercial purposes, and you may install it on no more than two "
        "production servers."
    )
    assert nlp(text)._.terms["commercial_use"].status == "prohibited"
    text = "Each licensed copy of the Tool shall be installed in no more than one production environment."
    assert nlp(text)._.terms["commercial_use"].status == "conditional"


@pytest.mark.parametrize(
    "text, term",
    [
        ("Redistribute: yes, only for non-commercial purposes.", "distribute"),
        (
            "Redistribute the model: yes, but only to academic partners under a separate agreement.",
            "distribute",
        ),
        ("Fine-tune for commercial use: requires a licence. Fine-tune for research: yes.", "modify"),
    ],
)
def test_a_yes_with_a_limit_is_no_plain_leave(nlp, text, term):
    # review hreview6 (sentences written for this test): modify/distribute.answered_yes read granted
    assert nlp(text)._.terms[term].status != "granted"


@pytest.mark.parametrize(
    "text",
    [
        "You may use and modify the Sample Files. The Tool may not be modified, reverse engineered or "
        "decompiled, and you may not circumvent any license restrictions.",
        "You may use, copy and modify the example files. The Tool may not be modified, and license keys "
        "may not be shared.",
    ],
)
def test_a_ban_on_modifying_beside_licence_keys_or_restrictions_stands(nlp, text):
    # review hreview6 (sentences written for this test): the anti-circumvention veto of
    # modify.passive_withheld reaches only the licensing features next to the ban
    assert nlp(text)._.terms["modify"].status == "prohibited"


@pytest.mark.parametrize(
    "text, status",
    [
        ("Licensee shall not use the Software for time-sharing or service bureau purposes.", "applies"),
        ("You may not use the Program to provide services as an application service provider.", "applies"),
        # transfers listed with 'time-share' are distribution, not a limit on use
        ("You may not sell, rent, lease, lend, time-share or transfer the Software.", "silent"),
        # a service bureau that may print your file is no ban at all
        ("You may take the fonts to a service bureau, which may use them to print your file.", "silent"),
    ],
)
def test_a_ban_on_using_the_software_to_serve_others_restricts_use(nlp, text, status):
    # ldb11 (tsl-2018, rubyencoder-commercial): time-sharing, service-bureau and ASP bans of EULAs
    assert nlp(text)._.terms["use_restrictions"].status == status


@pytest.mark.parametrize(
    "text, term, status",
    [
        (
            "You must retain the complete text of this software license in redistributions of the Software.",
            "include_license",
            "required",
        ),
        (
            "The Developer shall provide this License Agreement to said third party when redistributing.",
            "include_license",
            "required",
        ),
        ("Any redistribution of this software must retain this NOTICE file.", "include_notice", "required"),
        (
            "Neither the names of the authors nor the names of contributors may be used to endorse products.",
            "trademark_use",
            "prohibited",
        ),
        ("The names of contributors may be used to support the project.", "trademark_use", "silent"),
        # the marks left to the law: neither granted nor withheld (ldb4's mov-ai-1.0)
        ("Any use of the Licensor's trademarks is subject to applicable law.", "trademark_use", "silent"),
    ],
)
def test_licence_copies_notice_files_and_names_in_other_wordings(nlp, text, term, status):
    # dev misses of ldb8 (fraunhofer-fdk-aac-codec), ldb10/ldb11 (t-license), ldb11 (nlod-1.0), fresh13
    assert nlp(text)._.terms[term].status == status


@pytest.mark.parametrize(
    "term, want, text",
    [
        # ldb12 readings (sentences written for this test): the government's rights in commercial
        # software grant the licensee nothing; numbered items of a run-on ban withhold modifying and
        # passing copies on; marks used 'without consent' in such an item are not licensed; a
        # disclaimer of 'no other warranty'; governing law 'in force in' a state
        (
            "modify",
            "silent",
            "If the Tool is acquired by the U.S. Government, the Government's rights in the Tool, including "
            "its rights to use, modify and reproduce the Tool, are subject to the commercial license rights "
            "in this Agreement.",
        ),
        (
            "private_use",
            "silent",
            "If the Tool is acquired by the U.S. Government, the Government's rights in the Tool, including "
            "its rights to use, modify and reproduce the Tool, are subject to the commercial license rights "
            "in this Agreement.",
        ),
        (
            "modify",
            "prohibited",
            "You will not (and will not let others) (i) copy, modify, adapt or translate the Tool or its "
            "manuals; (ii) decompile the Tool, except as the law of your country permits.",
        ),
        (
            "distribute",
            "prohibited",
            "You will not (i) rent, lease, sell or otherwise transfer rights in the Tool; (ii) remove any "
            "notices.",
        ),
        ("modify", "granted", "You may: (i) copy, modify, adapt or translate the Tool; (ii) share it."),
        (
            "trademark_use",
            "prohibited",
            "You agree not to: (a) copy the Tool; (b) use the trademarks, logos and brand features of Acme "
            "for any purpose without the express written consent of Acme.",
        ),
        (
            "warranty_disclaimer",
            "applies",
            "Except as expressly stated above, Acme makes no other warranty of any kind.",
        ),
        (
            "governing_law",
            "applies",
            "This licence is governed by the laws in force in Victoria, Australia.",
        ),
        # ldb12 commercial readings: use barred in products that are sold or charged for; a grant tied
        # to a product under the licensor's commercial licence
        (
            "commercial_use",
            "conditional",
            "You may use the code for any purpose, but the code may not be used in any product or service "
            "which is sold or for which a subscription fee is charged.",
        ),
        (
            "commercial_use",
            "granted",
            "You may use the code for any purpose, including in software which is sold.",
        ),
        (
            "commercial_use",
            "conditional",
            "Permission is granted to use, copy and modify the Plugin. The Plugin is used with an Acme "
            "server licensed under an Acme Commercial License.",
        ),
        # ldb12 second round: notices 'preserved intact' or 'this notice ... included' travel with
        # copies; a service free only up to a monthly volume
        (
            "include_notice",
            "required",
            "You may copy the Tool provided that this copyright notice and the author's name are preserved "
            "intact on all copies.",
        ),
        (
            "include_notice",
            "required",
            "Permission is granted to use this code for any purpose, provided this notice is included.",
        ),
        (
            "commercial_use",
            "conditional",
            "The Service is provided without charge to You for up to 5 million requests per month.",
        ),
        (
            "commercial_use",
            "silent",
            "The Service is provided without charge to You, with no limit on the number of requests "
            "per month.",
        ),
        # ldb12 third round: restrictions lifted for non-commercial use leave commercial use
        # conditional, not withheld
        (
            "commercial_use",
            "conditional",
            "You may install and use the Tool. Hosting it on external servers requires a separate licence. "
            "You are excluded from the foregoing restrictions if You are using the Tool for "
            "non-commercial purposes.",
        ),
        # ldb12 licence-form readings: 'sublicenseable' spelled so; a licence the licensee gives back is
        # no sublicence right
        ("sublicense", "granted", "Acme grants You a perpetual, sublicenseable license to copy the Work."),
        (
            "sublicense",
            "silent",
            "You hereby grant Acme a worldwide, sublicenseable license to use your suggestions.",
        ),
    ],
)
def test_ldb12_readings(nlp, term, want, text):
    assert nlp(text)._.terms[term].status == want


def test_a_user_who_must_be_one_of_the_listed_kinds_makes_commercial_use_conditional(nlp):
    # ldb13 (anti-capitalist-1.4): a general grant 'to use ... and/or sell copies' limited to listed
    # kinds of user (sentences written for this test)
    text = (
        "Permission is hereby granted to any person (the User) to use, copy and sell copies of the "
        "Software, subject to the following conditions:\n\n2. The User is one of the following:\n"
        "a. An individual person\nb. A non-profit organization"
    )
    assert nlp(text)._.terms["commercial_use"].status == "conditional"
    free = (
        "You may use and sell copies of the Software regardless of whether you are one of the following: "
        "a person."
    )
    assert nlp(free)._.terms["commercial_use"].status == "granted"


@pytest.mark.parametrize(
    "text, want",
    [
        # a ban on commercial use stays when the licensee is said NOT to be exempt from restrictions: the
        # veto for lifted restrictions needs the verb right after its auxiliary
        (
            "You may not use the Software for commercial purposes, and you are not exempt from the "
            "restrictions above.",
            "prohibited",
        ),
        (
            "You may not use the Software for commercial purposes, and you shall not be exempt from the "
            "restrictions of Section 2.",
            "prohibited",
        ),
    ],
)
def test_commercial_ban_not_vetoed_by_a_denied_exemption(nlp, text, want):
    assert nlp(text)._.terms["commercial_use"].status == want


@pytest.mark.parametrize(
    "text, want",
    [
        # licences said to vary from model to model leave commercial use conditional only until a ban
        # said of all the models, which decides
        ("Licenses vary per model. You may not use the models for commercial purposes.", "prohibited"),
        (
            "The license of the model weights depends on the dataset. All weights are licensed under "
            "CC BY-NC 4.0.",
            "prohibited",
        ),
        # a non-commercial licence named only for the weights trained on one dataset is one model's
        (
            "The licenses of model weights are dependent on the datasets that they are trained on. Model "
            "weights trained on Kather100K are held under the CC BY 4.0 License. All model weights trained "
            "on PanNuke are held under the CC BY-NC-SA 4.0 License.",
            "conditional",
        ),
    ],
)
def test_licences_varying_by_model_yield_to_a_ban_on_all(nlp, text, want):
    assert nlp(text)._.terms["commercial_use"].status == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a licence key that opens production use does not lift a ban on commercial use said elsewhere
        (
            "You may not use the Software without a valid license key. You may not use the Software for "
            "commercial purposes.",
            "prohibited",
        ),
        (
            "You may not use the Software without a valid license key. The Software may be used for "
            "non-commercial purposes only.",
            "prohibited",
        ),
        # the key's gate itself, with use without it kept to non-production use
        (
            "You will not operate the Software without a License Key except for non-production use.",
            "conditional",
        ),
    ],
)
def test_licence_key_gate_yields_to_a_ban_on_commercial_use(nlp, text, want):
    assert nlp(text)._.terms["commercial_use"].status == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a note that the work is not fault tolerant leaves a ban in the same sentence standing; only the
        # disclaimer with its three verbs ('not designed, manufactured, or intended for use') bans nothing
        (
            "The Software is not fault tolerant and is not designed for hazardous environments, and you may "
            "not use it in the operation of nuclear facilities or weapons systems.",
            "applies",
        ),
        (
            "The Software is not fault-tolerant and is not intended for such uses; accordingly, you shall "
            "not use the Software to develop weapons or to generate harmful content.",
            "applies",
        ),
        (
            "THE TOOL IS NOT FAULT TOLERANT AND IS NOT DESIGNED, MANUFACTURED, OR INTENDED FOR USE AS "
            "ON-LINE CONTROL EQUIPMENT IN HAZARDOUS ENVIRONMENTS, SUCH AS IN THE OPERATION OF NUCLEAR "
            "FACILITIES OR WEAPONS SYSTEMS.",
            "silent",
        ),
    ],
)
def test_fault_tolerance_note_leaves_a_ban_standing(nlp, text, want):
    assert nlp(text)._.terms["use_restrictions"].status == want


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "You may use it. Use of the Tool without a license key except for testing is not permitted.",
            "conditional",
        ),
        ("You may use the Tool. Use of the Tool without a license key is not prohibited.", "granted"),
    ],
)
def test_use_without_a_licence_key_said_of_the_act_is_a_gate(nlp, text, status):
    # final read of the session's diff (sentences written for this test): only the modal form ('You will not
    # operate the Software without a License Key') was read; the passive form left a general grant standing
    assert nlp(text)._.terms["commercial_use"].status == status
