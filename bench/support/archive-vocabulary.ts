/**
 * Word lists for the generated archive: NHS governance prose, people and organisations. The common
 * words are real; the long tail (place names, drugs, systems, acronyms a real archive is full of) is
 * built from syllables, so the vocabulary reaches the size of a real archive's.
 */

export const GOVERNANCE_WORDS = `
board committee meeting minutes agenda item paper report update assurance risk register quality
safety patient patients care clinical governance finance financial budget forecast deficit surplus
workforce staff recruitment retention vacancy vacancies sickness absence training mandatory
compliance audit internal external auditor auditors performance target targets trajectory
elective waiting list referral referrals treatment pathway pathways cancer diagnostic diagnostics
emergency department urgent ambulance handover discharge delayed flow capacity beds occupancy
winter plan planning operational strategy strategic objective objectives priority priorities
integrated system partnership partners provider providers commissioner commissioning contract
contracts tender procurement estates capital programme project projects digital data information
records electronic security cyber incident incidents serious investigation investigations learning
lessons complaint complaints feedback experience engagement public consultation stakeholder
stakeholders population health inequalities prevention community primary secondary tertiary
mental services service general practice practices network networks neighbourhood locality
pharmacy prescribing medicines optimisation infection control outbreak vaccination immunisation
screening maternity neonatal paediatric children young people adult adults social carers
safeguarding deprivation liberty capacity act policy policies procedure procedures guidance
framework standard standards regulator regulatory inspection inspections rating ratings action
actions owner owners deadline deadlines progress milestone milestones escalation escalated
mitigation mitigations controls control assurance gaps gap evidence metric metrics dashboard
indicator indicators benchmark benchmarking variation productivity efficiency efficiencies
savings cost costs pressure pressures investment business case cases approval approved approve
noted agreed recommended recommendation recommendations endorsed ratified deferred declined
chair vice secretary member members director directors executive non officer officers medical
nursing chief operating finance people lead leads manager managers consultant consultants nurse
nurses midwife midwives therapist therapists allied professional professionals clinician
clinicians colleague colleagues trainee trainees student students volunteer volunteers governor
governors council trust foundation hospital hospitals site sites ward wards theatre theatres
outpatient outpatients inpatient day case length stay readmission readmissions mortality review
reviews structured judgement deaths learning disability autism equality diversity inclusion
freedom speak guardian wellbeing health morale survey results staff culture leadership development
appraisal appraisals revalidation job planning rota rotas agency bank locum spend cap premium
overtime pay award pension industrial dispute strike strikes contingency resilience business
continuity emergency preparedness response major event exercise lessons debrief reporting
quarter quarterly annual monthly weekly year month months weeks days previous next current
financial position year end outturn plan variance underspend overspend allocation allocations
income expenditure tariff activity payment system aligned incentive fixed variable element
national regional local england improvement transformation change programme recovery restoration
backlog activity levels baseline growth demand modelling model scenario scenarios assumptions
assumption sensitivity analysis options appraisal preferred option benefits realisation
timeline timescale implementation phase phases pilot evaluation roll out scale spread adoption
technology platform software supplier suppliers licence licences infrastructure network server
migration upgrade outage downtime availability resilience backup recovery testing penetration
password access management identity smartcard records sharing agreement protection impact
assessment privacy notice consent subject request requests freedom information disclosure
environmental sustainability carbon net zero travel plan green energy waste estate backlog
maintenance fire health safety ligature risks assessment assessments falls pressure ulcers
sepsis deterioration early warning score observations escalation nutrition hydration
medication errors controlled drugs allergies transfusion blood theatre never events duty candour
harm harms moderate severe catastrophic near miss themes trends thematic analysis triangulation
triangulated intelligence soft signals walkabout visits visit quality ward accreditation
scheme peer support mentoring coaching apprenticeship apprenticeships international nurses
pastoral induction onboarding exit interviews turnover stability index establishment
establishments skill mix safer staffing fill rates hours care per day red flags
`;

export const STOP_WORDS_IN_PROSE = `the the the the of of of and and and to to to a a in in for is on
that was with were be as by at it this are from has have had an which its not will their been or
would also all they there should than into more we our further`;

export const FIRST_NAMES = `Alice Amelia Ananya Andrew Angela Anne Ayesha Ben Bethan Carlos Catherine Chloe
Chukwuemeka Claire Daniel David Deepa Eleanor Elif Emma Fatima Fiona Gareth Grace Hannah Harpreet
Helen Ian Imran Isabel James Jane Javier Joanna John Jonathan Joseph Karen Kate Kwame Laura Leila
Liam Lucy Mahmoud María Mark Martin Matthew Mei Michael Mohammed Nadia Natalie Neil Nia Niamh
Oliver Olufemi Owen Padma Patrick Paul Peter Priya Rachel Rajesh Rebecca Richard Robert Rosa Ruth
Sarah Sean Simon Siobhán Sophie Stephen Sunita Susan Tariq Thomas Tomasz Victoria William Yusuf
Zainab Zoë Agnieszka Björn Chloé François Léa Renée Søren`;

export const SURNAMES = `Adams Ahmed Ali Allen Anderson Baker Begum Bell Bennett Brown Campbell Carter
Chen Clarke Collins Cooper Davies Edwards Evans Fernández Fisher Green Griffiths Hall Harris Hughes
Hussain Jackson James Jenkins Johnson Jones Kaur Kelly Khan King Kowalski Lee Lewis Martin Mitchell
Moore Morgan Morris Murphy Nowak Núñez Okafor Owen Parker Patel Phillips Price Roberts Robinson Rose
Shah Singh Smith Stewart Taylor Thomas Thompson Turner Walker Ward Watson White Williams Wilson Wood
Wright Young Zhang Østergaard Müller Gonçalves Ó'Brien Łukasz Şahin`;

export const PLACES = `Leeds Bradford Wakefield Calderdale Kirklees Sheffield Rotherham Doncaster
Barnsley Harrogate York Hull Scarborough Lincoln Nottingham Derby Leicester Coventry Birmingham
Wolverhampton Walsall Dudley Sandwell Stoke Stafford Shrewsbury Telford Hereford Worcester Bristol
Bath Swindon Gloucester Exeter Plymouth Truro Taunton Bournemouth Southampton Portsmouth Brighton
Kent Medway Surrey Sussex Oxford Reading Milton Keynes Bedford Luton Cambridge Norwich Ipswich
Colchester Chelmsford Essex Manchester Salford Bolton Wigan Stockport Liverpool Wirral Chester
Lancashire Cumbria Newcastle Sunderland Durham Gateshead Middlesbrough Darlington Northumberland`;

export const ORGANISATION_KINDS = [
  'Teaching Hospitals NHS Foundation Trust',
  'NHS Foundation Trust',
  'Integrated Care Board',
  'Community Healthcare NHS Trust',
  'Primary Care Network',
  'Mental Health NHS Foundation Trust',
  'City Council',
  'Healthwatch',
];

export const ITEM_TITLES = [
  'Welcome and apologies',
  'Declarations of interest',
  'Minutes of the previous meeting',
  'Matters arising and action log',
  'Chief Executive report',
  'Integrated performance report',
  'Finance report',
  'Quality and safety report',
  'Workforce report',
  'Board assurance framework',
  'Corporate risk register',
  'Elective recovery update',
  'Urgent and emergency care update',
  'Winter plan',
  'Digital strategy',
  'Estates strategy',
  'Patient experience report',
  'Serious incidents report',
  'Learning from deaths',
  'Safeguarding annual report',
  'Infection prevention and control report',
  'Freedom to speak up report',
  'Equality, diversity and inclusion report',
  'Internal audit progress report',
  'Green plan update',
  'Any other business',
];

const SYLLABLES =
  `ab ac ad al am an ar as at ba be bi bo ca ce ci co da de di do el em en er es fa fe fi
fo ga ge gi go ha he hi ho il im in ir is ka ke ki ko la le li lo ma me mi mo na ne ni no ol om on
or os pa pe pi po ra re ri ro sa se si so ta te ti to ul um un ur us va ve vi vo xa za ze zo
tion ment ine ol ex ide ate ism ix ord ham ton ley by thorpe`.split(/\s+/);

/** Made-up but word-like terms for the long tail: "coxabine", "lanorton". */
export function tailWords(count: number, next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const length = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? '';
    if (word.length >= 5) words.add(word);
  }
  return [...words];
}

export function wordsOf(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}
