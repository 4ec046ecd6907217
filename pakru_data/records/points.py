"""The article's challenges and opportunities, and the conclusion table that pairs them.

A page shows a point's heading with {point}`id`; the conclusion table uses the same
heading, so the two can never drift apart.
"""

from pakru_data.model import Challenge, ConclusionRow, Opportunity

CHALLENGES = [
    Challenge(id="india-ties", heading="Russia's strong friendship with India"),
    Challenge(id="us-pressure", heading="Pressure from the United States"),
    Challenge(id="weak-trade", heading="Trade is still weak"),
    Challenge(id="security-risks", heading="Security risks for Russian projects"),
]

OPPORTUNITIES = [
    Opportunity(id="defence-deals", heading="Defence and military deals"),
    Opportunity(id="energy-projects", heading="Energy projects (oil, gas, electricity)"),
    Opportunity(id="afghanistan-cooperation", heading="Afghanistan and counter-terrorism"),
    Opportunity(id="trade-investment", heading="Trade and investment"),
]

CONCLUSION = [
    ConclusionRow(challenge="india-ties", opportunity="defence-deals"),
    ConclusionRow(challenge="us-pressure", opportunity="energy-projects"),
    ConclusionRow(challenge="weak-trade", opportunity="trade-investment"),
    ConclusionRow(challenge="security-risks", opportunity="afghanistan-cooperation"),
]
