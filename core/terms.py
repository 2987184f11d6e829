"""What the terms of the questions mean, in plain words: each question's definition, shown
under it (message ids; `{placeholders}` are filled from the rules' figures, core.rules.figures).
"""

from __future__ import annotations

from core.i18n import N_

DEF_SPOUSE_PERMIT = N_(
    "An open work permit that Canada issues to the spouse or common-law partner of a foreign "
    "worker or student, under section 205 of the federal Immigration and Refugee Protection "
    "Regulations (IRPR). Holders are exempt from the condition on the stay in Québec."
)
DEF_STAY = N_(
    "Where you were living at the application date, and mainly why: for work, a youth exchange "
    "such as a working holiday, studies or a visit. Someone not in Québec meets the condition."
)
DEF_COMPARATIVE_EVALUATION = N_(
    "The Évaluation comparative des études effectuées hors du Québec is a document of the "
    "immigration ministry that says which Québec diploma a diploma from elsewhere corresponds "
    "to. Without it, a diploma from elsewhere cannot be compared."
)
DEF_DIPLOMA_LEVEL = N_(
    "DEP: vocational secondary diploma. AEC: short college attestation. DEC: college diploma, "
    "pre-university (general) or technical (3 years). DESS: a one-year graduate diploma after "
    "a bachelor's."
)
DEF_SCHOLARSHIP = N_(
    "Some government scholarships require you to go back to your country when your studies end."
)
DEF_NOC = N_(
    "The National Occupational Classification (NOC 2021) gives each occupation a five-digit "
    "code. Its second digit is the TEER category: 0, 1 or 2 for management "
    "and professional jobs and jobs that usually need a college diploma or an apprenticeship."
)
DEF_FULL_TIME = N_(
    "The program sets no number of hours: the job's usual full-time schedule, as the employer "
    "and the contract describe it."
)
DEF_CONTROLLED_COMPANY = N_(
    "A company you control: you hold, alone or with people related to you, enough of its "
    "shares or power to decide how it is run. Work in Québec for such a company does not count."
)
DEF_INELIGIBLE_SECTORS = N_(
    "The ineligible sectors of Annexe E of the Règlement sur l'immigration au Québec, as the "
    "ministry summarises them: payday loans, cheque cashing or pawnbroking; pornographic or "
    "sexually explicit products and the sex industry (nude or erotic dancing, escort services, "
    "erotic massage); real-estate trade, leasing, brokerage, development or promotion. "
    "(The ministry's summary, to verify against Annexe E.)"
)
DEF_AI_SECTOR = N_(
    "Work whose main activity is artificial intelligence: designing, training or applying "
    "machine-learning models, data science for AI, AI research. The program does not define "
    "it further; an officer judges it from the job offer."
)
DEF_VFX_SECTOR = N_(
    "Visual effects (VFX): creating or compositing computer-generated images for film, "
    "television, advertising or games. Four occupations of s. 12 count only in this sector."
)
DEF_SKILLS = N_(
    "Your diplomas and experience match what the employer asks for in the job offer."
)
DEF_ANNUAL_SALARY = N_(
    "Gross pay for a year of work in this job, before tax, as in the job offer or contract."
)
DEF_MUNICIPALITY = N_(
    "Where the employer is established, not where you live. Inside the Communauté "
    "métropolitaine de Montréal (CMM: Montréal, Laval, Longueuil and their region, "
    "{cmm_count} municipalities in all) the salary threshold of the AI stream is higher."
)
DEF_HOURLY_WAGE = N_(
    "For the IT and visual-effects stream: your hourly wage is compared with the published "
    "9th decile. Without it, the hourly wage is worked out from the annual salary and your "
    "usual hours over 52 weeks."
)
DEF_WAGE_THRESHOLD = N_(
    "The 9th decile is the wage that 90% of the people in an occupation earn less than. For "
    "each eligible occupation the ministry published the 9th decile of the average hourly wage "
    "of the last 3 years (estimated by the Ministère de l'Emploi et de la Solidarité sociale). "
    "This tool does not know these figures: type the one published for your occupation."
)
DEF_ECHELLE = N_(
    "The Échelle québécoise des niveaux de compétence en français grades French from 1 to 12; "
    "the Francophone profile asks for level {level_required} or more at the oral. Any one of "
    "these proofs is enough."
)
DEF_SCORES = N_(
    "As printed on your results: the TEF and the TCF give points; the DELF B2 and the DALF C1 "
    "give a mark out of 25 for each oral exam; the DALF C2 has one oral exam, marked out of 50: "
    "type it as the speaking score."
)
DEF_ANNEXE_C = N_(
    "The undertaking says you can provide for your and your family's basic needs for 3 months "
    "after obtaining permanent residence, with at least the amount of the scale of Annexe C of "
    "the Règlement sur l'immigration au Québec for your family size."
)
DEF_FUNDS = N_(
    "Savings and other money you can use for your and your family's basic needs in the first "
    "3 months after obtaining permanent residence; a salary to come does not count."
)
DEF_FAMILY = N_("Count yourself and the people who come with you under the same application.")
DEF_NOC_2016_SKILL = N_(
    "Before A.M. 2023-002 came into force, the program's text used the 2016 National "
    "Occupational Classification: a job of skill type 0 or skill level A or B counted. The "
    "skill type or level is shown on the NOC 2016 page of the occupation (its code has 4 digits)."
)
