"""Every word list of the quote engine, in one place: reporting verbs in every tense,
titles, role words, organisation words, pronouns, given names, and the small function-word
sets the rules test against. Kept apart from the rules so they read as data; a test
(tests/articles/test_lexicon.py) finds duplicates, contradictions and lists that nothing uses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

# Reporting verbs (base form). Inflections are generated; irregular ones are listed.
_VERBS: Final = """
say add warn tell insist argue accuse reiterate describe deny urge admit explain stress
note claim write tweet state declare announce continue conclude ask answer reply respond
comment observe remark suggest acknowledge confirm assert contend maintain predict promise
vow pledge threaten complain concede caution recall report testify believe think charge
allege agree boast joke quip shout yell cry demand recount emphasise emphasize underscore
lament mock blast slam criticise criticize praise dismiss reject counter retort rebut
indicate signal hint proclaim tout post recommend advise propose question wonder muse scoff
snap fume chide scold tease repeat reveal disclose inform assure reassure speculate opine
pronounce brag whisper grumble mutter exclaim implore plead beg challenge forecast hope
fear expect anticipate estimate calculate reckon feel worry mention specify clarify
elaborate interject interrupt lash rail decry denounce condemn applaud hail welcome
celebrate lambast berate rebuke defend justify protest object dispute contest refute
guarantee
instruct order command affirm aver attest certify swear vouch posit
surmise guess figure imagine grant allow confess divulge leak brief
blame credit thank apologise apologize call
liken compare label brand dub term characterise characterize portray cite reference chant laud
exhort rule rate find sing point express
retaliate remember bark echo concur gush rave sneer taunt vent fret marvel rant groan
sigh summarise summarize refer react beam ponder grouse snipe bemoan imply
"""
# Verbs that also commonly stand as nouns; they only count with a clear subject.
NOUNISH: Final = frozenset(
    """claim claims report reports state states post posts call calls note notes order
    orders answer answers question questions hope hopes fear fears charge charges
    estimate estimates figure figures guess brief leak counter welcome comment comments
    reply replies forecast forecasts tweet tweets object protest protests guarantee
    dispute disputes promise promises pledge pledges signal signals hint hints warning
    demand demands credit grant rate rates rule rules point points""".split()
)
_IRREGULAR: Final = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "written", "writes", "writing"),
    "think": ("thought", "thinks", "thinking"),
    "find": ("found", "finds", "finding"),
    "sing": ("sang", "sung", "sings", "singing"),
    "feel": ("felt", "feels", "feeling"),
    "swear": ("swore", "sworn", "swears", "swearing"),
    "speak": ("spoke", "spoken", "speaks", "speaking"),
    "grant": ("granted", "grants", "granting"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "broadcast": ("broadcast", "broadcasts"),
}
_DOUBLE: Final = frozenset(
    "admit quip snap rebut refer prefer commit regret stop slam brag beg dub fret".split()
)


def _forms(verb: str) -> set[str]:
    """All inflected forms of a regular English verb (plus the listed irregulars)."""
    if verb in _IRREGULAR:
        return {verb, *_IRREGULAR[verb]}
    forms = {verb}
    if verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"}
    elif verb.endswith("e"):
        forms |= {verb + "d", verb + "s", verb[:-1] + "ing"}
    elif verb in _DOUBLE:
        forms |= {verb + verb[-1] + "ed", verb + "s", verb + verb[-1] + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "ed", verb + "es", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "s", verb + "ing"}
    if verb.endswith("l") and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + "led", verb + "ling"}  # British: labelled, signalling
    return forms


REPORTING_VERBS: Final[frozenset[str]] = frozenset(f for v in _VERBS.split() for f in _forms(v))
# The reporting verbs' past and present forms, never their base form ("wrote", "says",
# "described"): no modal can stand before one, so a capitalised modal there is a surname
# ("Will wrote", George Will)
REPORTING_INFLECTED: Final = REPORTING_VERBS - frozenset(_VERBS.split())
# Participles that give a described person's name: "the base chief known as Bob", "a
# driver identified only as Ali"
NAMED_AS: Final = frozenset("known identified".split())
# Modal auxiliaries: before a reporting verb they take only its base form
MODALS: Final = frozenset("will would can could shall should may might must".split())
# Auxiliaries and common irregular past tenses: a name right before one is the subject
# of its clause (regular pasts in -ed are matched by pattern).
FINITE_VERBS: Final = frozenset(
    """is was are were has had have will would can could should may might must did does
    do made went took gave got came saw knew left found held kept led met paid sent spent
    stood won lost ran became began brought bought built chose drew drove fell fought
    heard hit let meant put read rose sat set sold spoke struck taught threw understood
    wore""".split()
)
# Verbs too weak for reported speech on their own (they attribute quotes, not clauses).
INDIRECT_EXCLUDED: Final = frozenset(
    f
    for v in "call thank credit blame welcome praise applaud hail celebrate defend mock "
    "challenge question order command instruct grant allow figure imagine guess "
    "leak brief post counter object protest report continue liken compare label brand dub "
    "term characterise characterize portray cite chant laud exhort find rate sing refer "
    "react beam".split()
    for f in _forms(v)
)

TITLES: Final = frozenset(
    """mr mrs ms miss mx dr sir dame lord lady rev reverend fr father sister brother
    sheikh rabbi imam""".split()
)
# People (people.py): the honorifics dropped from a name before it is keyed, so
# "Mr Brown" and "Brown" are one person (abbreviated offices included: "Sen", "Gov").
PERSON_KEY_HONORIFICS: Final = frozenset(
    "mr mrs ms miss mx dr sir dame lord lady rev prof sen rep gov".split()
)
# the lower-case word after a hyphen that makes a description written onto a name
# ("Paris-based", "German-born", "Oscar-winning"), never a word of the name: by ending...
NAME_DESCRIPTION_ENDINGS: Final = ("ed", "ing")
# ...or as a whole word
NAME_DESCRIPTION_WORDS: Final = frozenset("born held run made built".split())
MALE_TITLES: Final = frozenset("mr sir lord fr father brother sheikh king prince".split())
FEMALE_TITLES: Final = frozenset("mrs ms miss dame lady sister queen princess".split())
# from the rules of quotes/mentions.py: a relation before a lone given name ("his wife,
# Jane,"): the name is a person of the article
KIN_NOUNS: Final = frozenset(
    """wife husband son daughter mother father brother sister grandmother grandfather
    grandson granddaughter aunt uncle niece nephew widow widower partner fiancee fiance
    girlfriend boyfriend cousin""".split()
)
# from the rules of cast.py: a role or appositive that says a person's gender ("his wife,
# Jane", "party chairwoman Nancy Worley"); words used of either sex ("chairman") are not
MALE_ROLE_WORDS: Final = frozenset(
    """husband father son brother grandfather grandson uncle nephew widower boyfriend
    congressman councilman businessman spokesman assemblyman""".split()
)
FEMALE_ROLE_WORDS: Final = frozenset(
    """wife mother daughter sister grandmother granddaughter aunt niece widow girlfriend
    chairwoman spokeswoman congresswoman councilwoman businesswoman assemblywoman
    actress""".split()
)

# from the rules of cast.py: "Queen Rania of Jordan": a royal's country is part of the name
ROYAL_TITLES: Final = frozenset("king queen prince princess emperor empress".split())
# from the rules of cast.py: titles written last in a name that takes "the" ("the Dalai
# Lama", "the Aga Khan"): such a name is a person's, never a club member's epithet
TITLES_AFTER_NAME: Final = frozenset("lama khan mufti ayatollah rinpoche".split())

# The words that join the title of a longer name to its last words ("The Passion of the
# Christ", "Lord of the Rings"): capitalised words right after them that open a role
# end that title ("of the Christ director" is a director)
TITLE_LINKS: Final = frozenset({"of", "of the"})
# Words that make a capitalised run a role ("US Secretary of State") rather than a name.
ROLE_WORDS: Final = frozenset(
    """president secretary minister senator sen representative rep gov governor mayor
    chancellor prime foreign defence defense home interior finance justice
    general attorney speaker director chief executive chairman chairwoman chair
    chairperson leader judge vice deputy ambassador commissioner spokesman spokeswoman
    spokesperson officer king queen prince princess pope bishop archbishop cardinal
    pastor professor prof coach manager captain capt col colonel lt lieutenant sgt
    sergeant commander admiral adm maj major gen candidate nominee former acting interim
    first mp mep msp congressman congresswoman councillor councilman councilwoman sheriff
    inspector superintendent detective constable head boss founder ceo cfo coo analyst
    economist widow widower counterpart treasurer solicitor barrister lawyer editor
    correspondent host anchor author reporter shadow state strategist
    adviser advisor aide official spokesmen senior junior assistant associate
    lawmaker legislator delegate envoy premier regent emir sultan president-elect
    auditor comptroller surgeon physician doctor nurse agent dean provost rector
    principal teacher running mate member front-runner frontrunner dj
    undersecretary under-secretary magistrate prosecutor
    marshal general-secretary secretary-general chief-executive
    spokes organiser organizer co-ordinator coordinator activist expert researcher
    scientist historian pollster
    columnist commentator producer owner partner investor billionaire businessman
    businesswoman entrepreneur star actor actress singer rapper player striker forward
    midfielder defender goalkeeper skipper boxer champion athlete sprinter veteran
    physio physiotherapist presenter referee keeper winger flanker hooker scrum-half
    fly-half full-back batsman bowler jockey trainer mother father wife
    husband daughter son sister brother nephew niece uncle aunt grandmother grandfather
    chairman-elect democrat republican democratic independent conservative
    labour liberal tory tories green supporter ally voter resident donor critic
    protester holder student guitarist drummer bassist keyboardist frontman
    vocalist songwriter
    composer conductor pianist violinist musician comedian film-maker filmmaker
    novelist writer poet artist painter sculptor designer chef photographer broadcaster
    journalist dancer choreographer playwright screenwriter co-chairman co-chair
    co-founder co-producer co-star co-writer co-author co-host co-owner co-head
    publicist ombudsman accountant psychologist librarian
    campaigner consultant lecturer negotiator
    teenager youngster newcomer rookie schoolboy schoolgirl pensioner colleague
    team-mate teammate compatriot countryman countrywoman""".split()
)
# from the rules of quotes/output.py: role words that only qualify an office ("Home
# Secretary", "former coach", "Liberal leader"); a role shown to a reader ends on a
# role word that is none of these ("the UK's Home" is a cut-off phrase, no role)
ROLE_QUALIFIERS: Final = frozenset(
    """prime foreign defence defense home interior finance justice vice former acting
    interim first shadow state senior junior assistant associate running democratic
    liberal labour green independent""".split()
)
# from the rules of roles.py: words that make a role no longer (or not yet) the office:
# "former prime minister" John Major is not who "the prime minister" is
TENURE_QUALIFIERS: Final = frozenset(
    "former ex ex- outgoing late acting interim caretaker would-be designate".split()
)
# from the rules of roles.py: words before an office a reader asks about ("who is the
# current Home Secretary?") that are no part of it
OFFICE_OPENERS: Final = frozenset("the current present new".split())
# from the rules of roles.py: a role shown to a reader opens with none of these
# (besides auxiliaries, pronouns, conjunctions and prepositions): "however, …"
NO_ROLE_OPENERS: Final = frozenset("however meanwhile known dubbed nicknamed named called".split())
# from the rules of quotes/output.py: role words that name a party's member; "Democrats"
# is a party, where "Analysts" or "MPs" are a group of people the article names no one of
PARTY_MEMBERS: Final = frozenset(
    "democrat republican conservative tory liberal labour green independent".split()
)
# from the rules of cast.py: parties whose name is no member's noun ("Labour say …" is
# the party; "the Tory said" is a person)
PARTY_NAMES: Final = frozenset("labour".split())
# from the rules of cast.py: roles of someone who speaks for a body ("the Ofcom
# spokesman said"): a voice the article need not name, not the person named before
BODY_VOICES: Final = frozenset("spokesman spokeswoman spokesperson spokesmen official aide".split())
# Of those, the words of one body's voice ("a spokeswoman for Vexa said"): who the article
# names with that word and the body's name elsewhere speaks (cast.py)
SPOKES_VOICES: Final = frozenset("spokesman spokeswoman spokesperson".split())
# Of those, the plural ones: "spokesmen say" (a bare verb), where a singular voice takes
# an inflected one ("the spokesman says"; "her official pledge" is a noun)
PLURAL_BODY_VOICES: Final = frozenset({"spokesmen"})
# from the rules of quotes/mentions.py: a verb of a role and the role's noun ("with Jo
# Hart set to direct", "managed by Sam Reid": the director, the manager; not "conduct",
# whose object is mostly an inquiry)
ROLE_VERBS: Final = {
    "direct": "director",
    "produce": "producer",
    "coach": "coach",
    "manage": "manager",
    "edit": "editor",
    "captain": "captain",
}
# from the rules of quotes/mentions.py: the participles before "to" and a verb of a role
# ("Jo Hart, who is set to direct", "has been hired to coach")
ROLE_VERB_LEADS: Final = frozenset(
    "set due expected poised hired chosen signed agreed going".split()
)
# The voices whose word tells a gender ("Mr Blair's spokesman said …. He added")
VOICE_GENDERS: Final = {"spokesman": "m", "spokeswoman": "f"}
# from the rules of quotes/output.py: occupations a reader may be shown as a role that
# are no ROLE_WORDS (those also make a capitalised run a role, which these need not)
OCCUPATIONS: Final = frozenset(
    """accountant banker broker trader retailer publisher lender insurer reinsurer
    consultant controller student driver pilot engineer developer lecturer
    campaigner farmer worker winner scorer""".split()
)
# role words that make an office another one (cast.py): "the prime minister" is not the
# deputy prime minister, "the leader" not the shadow leader
RANK_QUALIFIERS: Final = frozenset("deputy vice shadow assistant junior".split())
# the head of a phrase that stands for an unnamed informant ("the Tory source said",
# "a Whitehall insider said"): no one the article names, whatever its modifiers (cast.py)
SOURCE_NOUNS: Final = frozenset("source sources insider insiders".split())
# Words that end an organisation's name (or make a body of it).
ORG_WORDS: Final = frozenset(
    """house office department ministry party council committee commission agency
    administration government campaign post times news network bank court union
    association institute university college foundation fund corporation corp inc ltd
    llc plc company co group board authority service services police army navy force
    forces senate congress parliament assembly cabinet kremlin pentagon club team
    league federation organisation organization alliance coalition center centre
    project trust society school hospital review journal magazine tribune herald
    gazette telegraph guardian press media channel television tv radio
    bureau command exchange chamber chambers convention
    institution airline airlines airways incorporated llp motors industries holdings
    partners capital treasury exchequer watchdog regulator secretariat embassy consulate mission
    nations street
    states kingdom republic fbi cia nsa nato un eu who imf wto
    opec bbc cnn abc nbc cbs fox msnbc reuters afp ap politifact""".split()
)
# The words of ORG_WORDS that are also surnames: after a given name they end a person's
# name ("Jane Fox", "Emily Post"), not a body's (cast.py); not "street": many given names
# are also streets' ("Victoria Street", "Charlotte Street")
SURNAME_ORG_WORDS: Final = frozenset("fox post chambers".split())
# The generic nouns of ORG_WORDS (not names such as Fox or Post): after a role word,
# "Democratic Party" or "Home Office" is still a body, "Tory Liam Fox" a person.
# Nouns for a newspaper or magazine: "the paper said", "the magazine reported" speak for
# the publication the text named last with such a noun beside its name ("US magazine
# Rolling Stone", "the Mirror newspaper"; cast.py by_body)
PUBLICATION_NOUNS: Final = frozenset("paper newspaper magazine tabloid".split())
# Nouns that stand for whichever body the text is about ("the organisation said").
GENERIC_BODIES: Final = (
    frozenset("organisation organization group body firm company".split()) | PUBLICATION_NOUNS
)
# Nouns a story uses for a business it has named ("the company says …", "the drugmaker
# added", "the former monopoly said"): the business named most recently (cast.py
# by_body). Before a capitalised name they make it a business's: "drugs group Eli Lilly",
# "computer firm Apple", "shares in AstraZeneca" (never a person's name).
BUSINESS_NOUNS: Final = frozenset(
    """company firm group corporation board giant drugmaker carmaker monopoly conglomerate
    retailer supermarket manufacturer broadcaster airline bank lender insurer""".split()
)
# Words that end a company's registered name ("Northgate plc", "Halden Motors"): a body
# of ORG_WORDS that is still a business
COMPANY_WORDS: Final = frozenset(
    """inc incorporated corp corporation ltd plc llc llp co holdings motors industries
    airlines airways partners capital""".split()
)
# The legal form after a company's name ("Northgate plc", "Acme Inc."): it marks the name
# before it as a business's, and the name is the business's without it ("Northgate said")
LEGAL_FORMS: Final = frozenset("plc ltd inc llc llp corp".split())
# How a surname may open before an inner capital ("McDonald", "DeLay", "FitzGerald"): a
# one-word name with an inner capital after none of these is a company's ("DaimlerChrysler")
SURNAME_PREFIXES: Final = frozenset("Mc Mac De Di Da Du La Le Van Von Fitz St".split())
# Papers a body issues: "a statement from Acme", "the statement issued by Acme" mark
# the issuer as a body that speaks
ISSUED_PAPERS: Final = frozenset("statement announcement".split())
# The words between such a paper and its issuer
ISSUED_BY: Final = frozenset({"from", "issued by", "released by"})
# Business nouns that as often name another kind of body ("the school board", "the
# group" of campaigners): they stand for a business only one named a few sentences back
SHARED_BUSINESS_NOUNS: Final = frozenset("group board".split())
# Modifiers that make "the … firm" another one than the one just named ("the rival firm")
OTHER_BODY_MODIFIERS: Final = frozenset("rival other same".split())
# Words after a name ("Opera spokeswoman", "Eli Lilly's chief executive") that hint the
# name is a business's, when nothing names it as a person's.
BUSINESS_VOICES: Final = frozenset(
    "spokesman spokeswoman spokesperson boss chairman chairwoman executive".split()
)
# ... which one of these may open ("Acme chief executive", "Acme managing executive")
BUSINESS_VOICE_RANKS: Final = frozenset({"chief", "managing"})
# The small words a business's capitalised name may hold between its words ("Bank of
# Scotland", "Marks and Spencer", "Marks & Spencer"), as cast.py reads a business name
BUSINESS_NAME_LINKS: Final = frozenset({"of", "and", "&"})
# Nouns ending in "-ly", never an adverb before a verb: "the former monopoly said", "the
# assembly voted" (phrases.py subject_before)
LY_NOUNS: Final = frozenset("monopoly duopoly assembly family".split())
# Cue verbs that before "to" only carry the next verb: "he said the firm would continue to
# make “every lawful move”" (the firm does not speak; quotes/cues.py)
CARRYING_VERBS: Final = frozenset("continue continues continued continuing".split())
# from the rules of cast.py: "the Reyes campaign said": a candidate's campaign, a body;
# "his campaign said" names none (the owner is a pronoun)
CAMPAIGN_NOUNS: Final = frozenset("campaign camp".split())
POSSESSIVES: Final = frozenset("his her its their our my your".split())
# The possessives of one man or one woman: opening a subject ("His deputy", "Her lawsuit")
GENDERED_POSSESSIVES: Final = frozenset("his her".split())
# The subject pronoun of a possessive that names a speaker ("his statement" -> he)
POSSESSIVE_SUBJECTS: Final = {"his": "he", "her": "she", "their": "they"}
# The possessives of a body ("Its statement said", "Their letter said"): a body's papers
BODY_POSSESSIVES: Final = frozenset("its their".split())
# Plural nouns for a group that speaks as one: "the judges said", "wrote the judges",
# "Clinton supporters responded with chants of …", "Border Patrol agents described …".
GROUP_NOUNS: Final = frozenset(
    """judges jury panel strategists organisers organizers campaigners critics
    researchers inspectors auditors examiners assessors supporters protesters demonstrators
    activists fans agents lobbyists observers""".split()
)
BODY_NOUNS: Final = frozenset(
    """house office department ministry party council committee commission agency
    administration government campaign bank court union association institute university
    college foundation fund corporation company group board authority service police army
    navy senate congress parliament assembly cabinet league federation organisation
    organization alliance coalition center centre bureau chamber institution treasury
    embassy consulate secretariat nations states kingdom republic convention festival""".split()
)
PRONOUNS: Final = {
    "he": "m",
    "she": "f",
    "they": "p",
    "i": "s",
    "we": "p",
    "it": "o",
}
# The subject pronouns that name one man or one woman ("he", "she")
GENDERED_PRONOUNS: Final = frozenset(w for w, gender in PRONOUNS.items() if gender in ("m", "f"))
# Every third-person form of one man or one woman, by gender ("he sold more records than
# ever": a quotation that speaks of the person, not one of theirs)
THIRD_PERSON_FORMS: Final = {
    "m": frozenset("he his him himself".split()),
    "f": frozenset("she her hers herself".split()),
}
# Lower-case surname particles inside a person's name: "Pieter van der Berg", "Juan de la Vega".
NAME_PARTICLES: Final = frozenset("de del della da di du van von der den bin al la le dos".split())
CONNECTORS: Final = frozenset(("of", "for", "the")) | NAME_PARTICLES
# Capitalised words that start sentences or name times and are never speakers.
NOT_NAMES: Final = frozenset(
    """the a an this that these those his her their its our my your but and or so if
    when while after before as at in on of for to from with by it he she they we i you
    there here then now however meanwhile also still yet although though because since
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december mr mrs ms dr sir
    according asked speaking yesterday today tomorrow last next earlier later one two
    three four five six seven eight nine ten some many most several both all each every
    any few no not neither nor what who why how which where other another such despite
    under over about during until unless whether instead even just only once indeed ever
    more perhaps maybe moreover nevertheless nonetheless therefore thus afterwards
    afterward already often""".split()
)
# Of those, the words that can also be given names ("June Carter", "May Mobley").
GIVEN_LIKE: Final = frozenset("april may june july august".split())
# Sentence openers that never begin a name: "But Parry said", "Earlier Tony Blair …".
NAME_BREAKERS: Final = (
    NOT_NAMES
    - GIVEN_LIKE
    - frozenset("mr mrs ms dr sir".split())
    - frozenset("one two three four five six seven eight nine ten".split())  # Six Nations
)

# A compact list of common given names, used for gender and to recognise a person.
_FEMALE_LISTED: Final = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
    lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda
    melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela
    helen anna brenda pamela nicole emma samantha katherine christine debra rachel
    catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia
    kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
    frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
    judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
    natalie isabella charlotte rose alexis kayla hillary chelsea loretta
    hilary harriet tessa yvette jill melania ivanka huma kellyanne condoleezza
    madeleine michele nikki elaine dianne tammy kirsten tulsi debbie
    patty claire jacqui estelle glenys clare ségolène
    segolene marine ursula federica nicola kate kathy maxine stacey
    valerie gina gwen melanie erin tiffany monica vanessa erica veronica
    adriana rosa sofia lucy molly wendy tina paula jane carla sylvia holly allison
    alison katie caroline eleanor lydia ellen irene jasmine aisha fatima gabriela
    carmen brianna kristen lindsay jenna courtney bridget colleen
    roberta sonia carly betsy maggie alicia patti jillian liz eva louise marla
    myra juanita carole brigid felicia dena lesley elena cecile joanne joanna jo anne
    annie annette anita barbra beatrice becky belinda bernadette beth bethany bonnie
    brooke candace carrie cassandra cathy cecilia charlene cindy claudia connie
    constance darlene deanna delores desiree dolores edith eileen elisa ella ellie
    eloise emilia esther ethel eugenia fiona florence francesca gail georgia geraldine
    gillian gretchen gwendolyn harriett hazel heidi ida ingrid irma isabel janine
    jeanne jeannette jenny jessie jo-ann josephine juliet justine karin katharine
    kathrine katrina kay kristin kristina kristine laurie leah lillian lily lois
    lorraine louisa lucia lynn lynne mabel mandy marcia margo marguerite maureen
    marianne marjorie marsha meredith meghan mildred miriam mona muriel nadia naomi
    natasha nina nora norma olga pam pauline peggy phyllis priscilla rachael ramona
    regina renee rhonda rita rosemary roxanne sabrina sally selena shannon sheila
    shelley sherry sonya stella sue susie suzanne tamara tania tanya teri terri thelma
    trisha vera vicki vicky viola violet vivian wanda yolanda yvonne zoe agnes
    alexandra alexandria angelina angie antonia aurora bella bianca camille carolina
    caitlin chloe christie corinne daisy delia dolly doreen elisabeth eliza emilie erika
    esmeralda estella evangeline fay felicity gabrielle genevieve giselle glenda greta
    hailey imogen irina isabelle jade janelle janette jenifer jocelyn jodie juliana
    julianne kara karla kaye kelley kendra kimberley krista lana latoya lena lila lina
    lorna lorena lucille luisa madeline marcella marian mariana marina marisa marta
    melinda mia michaela mimi miranda missy nadine nell noreen odette patrice
    petra phoebe polly raquel rebekah rochelle rosalind rosalie rosie roxana ruthie
    samira serena simone sonja stacy susanna sybil tabitha tara tatiana theodora tricia
    ulrike valentina wilma xenia yasmin yasmeen zara zoey""".split()
)
# Women's given names from the US census lists, pruned as told at _CENSUS_MALE below.
_CENSUS_FEMALE: Final = frozenset(
    """lori gladys edna clara bertha joann bernice audrey ana jeanette elsie gertrude tonya
    bessie arlene lillie nellie minnie marlene dora vickie mattie hilda jennie margie
    tracey leona velma bobbie toni mae shelly sherri sheryl cora faye hattie kristi
    brandi eunice inez lynda amelia monique jodi janie fannie maryann luz kristy mamie
    lula lola verna beulah antoinette candice juana kelli celia shelia gayle della sheri
    jacquelyn erma blanca leticia robyn adrienne sadie traci nichole mable ernestine
    krystal kari dianna paulette lora rosemarie janis freda lynette cristina eula
    cecelia henrietta alyssa jana tasha silvia elvira sophie kellie darla mindy essie
    lorene elsa josefina jeannie lela johanna shari tami shawna nettie winifred kristie
    alisha aimee rena myrna tammie latasha ronda sherrie addie francine deloris stacie
    cheri celeste adele lucinda effie trina reba sallie lenora etta lottie kerri
    francisca josie tracie marissa brittney helene elva ina bettie iva christa goldie
    cassie maude therese latonya consuelo tamika debora dina dorothea trudy esperanza
    shanna stefanie ola mollie alisa maribel susanne bette susana elise joni rachelle
    leola daphne graciela imogene jolene keisha glenna keri lizzie shana adeline mayra
    jayne jaclyn gracie sondra carmela tonia beatriz marisol clarice jeanine sheena
    angeline frieda shauna millie claudette cathleen angelia staci christi elma luella
    martina callie bobbi maritza lucile leanne jeannine deana aileen lorie ladonna willa
    manuela abby winnie marcy jeri magdalena ofelia meagan audra matilda leila cornelia
    bettye randi virgie latisha georgina leann bridgette rhoda adela bernadine flossie
    ila nelda minerva terrie letha estela valarie rosalyn earline ava clarissa lidia
    corrine sharron rae ericka jami elnora lenore neva marylou melisa tabatha allie
    jeanie loraine penelope milagros benita allyson ashlee karina pearlie zelma malinda
    tameka saundra amie rosalinda lilia alana alejandra elinor lorrie jerri earnestine
    carmella noemi marcie liza annabelle earlene carlene nita tanisha lakisha edwina
    maricela margery dollie roxie roslyn nanette charmaine lavonne ilene tammi suzette
    corine chrystal deanne lilian aline luann maryanne colette melva lawanda yesenia
    madge kathie ophelia valeria mitzi mari claudine fran alissa roseann lakeisha reva
    deidre sheree elvia alyce deirdre gena briana araceli katelyn rosanne wendi berta
    marva imelda marci leonor arline madelyn janna juliette deena aurelia josefa""".split()
)
_MALE_LISTED: Final = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher
    daniel matthew anthony antony mark donald steven paul andrew joshua kenneth kevin
    brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
    jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
    patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary
    peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry
    sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie
    gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis
    bobby philip johnny barack bill bernie mike mitt ted marco newt rudy chris tim reince
    vladimir sergey sergei dmitry dmitri boris tony gordon nick ed ken alistair alastair
    iain liam vince nigel jacques nicolas francois françois emmanuel
    xi recep bibi hassan ali mohammed muhammad ahmed omar abdullah kim shinzo
    narendra malcolm jean-claude rex jim jeff sam tom dick harry
    bob rick ron pat dave hugh ian neil colin alex graham martin simon
    luis carlos pedro antonio alejandro gerhard helmut wolfgang silvio matteo
    giuseppe mahmoud bashar hosni abdel viktor volodymyr petro leonid mikhail
    nikita yuri igor ivan oleg alexei alexey marc kurt glenn craig todd troy shawn
    derek darren curtis dale luke marcus andre darnell jamal tyrone hector miguel
    manuel javier rafael diego ahmad raj rahul dan greg doug phil andy ben matt steve
    howard lloyd leon seth evan cory corey jon
    josh chuck mitch jake marty robby brad sebastian geoff jorge rob rahm norbert barry
    joel jimmy charlie sheldon stuart ari darrell jared felipe nate don eddie fred pete
    jeffery marcel lance curt enrique jay stan allan clint volker gene geoffrey isaac
    freddy brett wesley clarence marvin hank emmet rudolph garry gonzalo xavier beau
    sherrod abraham adrian alfred alvin amos andres angelo archie arnold arturo
    barney benny bernard bert blake brendan brent brock bryce calvin cameron
    cedric chad cliff clyde conrad cornelius cyrus damian damon dane darius desmond
    dexter dominic donovan duane dustin dwight edgar edmund edwin elliot elmer emil
    emilio ernest ernesto ernie felix fernando fredrick glen gustavo heath herbert homer
    horace hubert humberto jarrod jasper jerome jimmie johnnie jonah julian
    julio julius karl kurtis leo leonard leroy lester levi lionel lonnie lorenzo luther
    lyle malik maurice max melvin micheal nathaniel ned orlando oscar otis pablo quentin
    ramon randall raul rene reuben ricardo ricky robbie roberto rodney roland rolando
    ronnie rory ruben salvatore sammy santiago saul sergio shane stefan sylvester teddy
    terrence theodore tobias toby tommy travis trevor ulysses victor virgil wilfred
    winston zack zachariah benedict bertrand claude cyril denis didier etienne fabien
    gaston guillaume hans heinz jurgen klaus lars magnus niels olaf sven torsten ulrich
    werner alessandro enzo fabio franco giovanni luigi marcello massimo paolo sandro
    vittorio dimitri konstantin pavel anatoly grigory stanislav yevgeny rashid karim
    tariq yusuf ibrahim khalid hamid jamil mustafa nabil samir walid""".split()
)
# More given names, from the US census lists of first names (public domain), pruned by
# hand: no name that is also an English word ("basil", "rod"), a place ("Darwin",
# "Selma"), a brand ("Mercedes", "Avis"), a body ("IRA"), a frequent surname ("Byron",
# "Percy"), a misspelling ("Joesph") or of both genders ("Leigh", "Jess"), since each
# listed name makes "X said" a person.
_CENSUS_MALE: Final = frozenset(
    """phillip danny mario reginald cecil erik darryl mathew dwayne armando daryl terrance
    buddy eduardo freddie jeremiah donnie shaun alfonso roderick rickey cesar johnathan
    jonathon gerardo loren delbert guillermo rodolfo myron devin jermaine wilbert rufus
    woodrow kristopher gilberto laurence ismael ignacio caleb tomas erick darrel rogelio
    terence elbert ramiro darin randal timmy darrin dominick emmett marlon emanuel
    jerald dewayne reynaldo bret stephan louie vicente micah efrain rodger demetrius
    eldon antoine elton leonardo benito agustin adolfo wilfredo damien joaquin gregorio
    kermit roscoe esteban anton scotty elvin quinton elwood moises fidel thaddeus
    raphael armand alvaro monty fabian reggie isaiah gus adolph rocco derick rodrigo
    rigoberto alphonso rickie vern elvis bernardo mauricio hiram federico heriberto
    jayson dante""".split()
)
# Given names of British, Irish and European news the US lists lack ("Jamie Costin",
# "Gareth Thomas", "Thierry Henry"), pruned as the census names are.
_EUROPEAN_MALE: Final = frozenset(
    """jamie gareth gavin oliver olivier pierre yann yannick julien sebastien josep
    frederic christophe serge paulo ludovic aurelien philippe gerry rhys martyn jonny
    sylvain stevie clive michel mick ravi guido mohammad carlo yury nestor enrico dafydd
    alun hugo euan thierry ollie linford gethin arvind hristo kostas quincy zach bjorn
    arnaud mathieu keanu andrei kanye callum conor ciaran declan eamon eamonn fergus
    graeme hamish huw ieuan ioan niall owain padraig rhodri rupert seamus tristan piers
    giles crispin aled bryn emlyn gwyn kieran kieron luc laurent gilles herve fabrice
    yves luca stefano gianluca xavi iker hiroshi takashi kenji junichiro""".split()
)
_EUROPEAN_FEMALE: Final = frozenset(
    """cate kirsty daniela emmanuelle scarlett keira celine charlize marion nathalie
    jelena mariah geri norah avril uma agatha mavis lucie britney agnetha yolande romola
    maeve anjelica aisling ailsa bronwen catrin cerys davina eleri fenella ffion gemma
    grainne hermione isla jemima kylie letitia mhairi morag myfanwy niamh orla rhian
    roisin shona sian sinead siobhan dido lulu""".split()
)
FEMALE_NAMES: Final = _FEMALE_LISTED | _CENSUS_FEMALE | _EUROPEAN_FEMALE
MALE_NAMES: Final = _MALE_LISTED | _CENSUS_MALE | _EUROPEAN_MALE
# Every given name, of either sex: "a given name before it" tests need no gender.
GIVEN_NAMES: Final = MALE_NAMES | FEMALE_NAMES
# The listed given names that men and women both bear ("Pat Miller", "Kim Clijsters",
# "Jean Reno", "Lindsay Hoyle"): a person's name, but no gender; the article's own
# pronouns decide (Cast.infer_genders)
UNISEX_NAMES: Final = frozenset(
    "pat terry kim jean jordan jamie marion jessie ashley lindsay".split()
)
# The given names a courtesy title cannot stand before ("Mr Howard" is no Howard Flight)
TITLE_GIVEN: Final = {
    "mr": MALE_NAMES,
    "mrs": FEMALE_NAMES,
    "ms": FEMALE_NAMES,
    "miss": FEMALE_NAMES,
    "dr": GIVEN_NAMES,
}

# Reporting verbs whose object is the one spoken to: "told the BBC (that) …"
ADDRESSED_VERBS: Final = frozenset(
    """tell tells told telling inform informs informed informing assure assures assured
    assuring reassure reassures reassured reassuring""".split()
)
# Who or what is spoken to after those verbs, as a plain noun ("told reporters …") or
# after a name ("told Radio 4's Today programme")
ADDRESSEE_NOUNS: Final = frozenset(
    """him her them us me you reporters journalists audience audiences crowd crowds
    committee court jury conference delegates supporters listeners viewers readers
    programme program show newspaper paper magazine station channel website agency
    parliament lawmakers meeting rally gathering summit forum hearing inquiry briefing
    session assembly convention congress seminar party members staff workers employees
    investors analysts shareholders voters activists fans students colleagues press
    media panel board commission council""".split()
)
# Reporting verbs that deny or reject what their clause says: the clause is shown with
# its verb ("denies it is planning an attack"), so that it is never read as the claim.
CONTRARY_VERBS: Final = frozenset(
    """deny denies denied denying reject rejects rejected rejecting dismiss dismisses
    dismissed dismissing dispute disputes disputed disputing refute refutes refuted
    refuting""".split()
)


# from the rules of phrases.py
AUX: Final = frozenset(
    """has have had would will was is were did does do could may might shall should also
    later then again previously recently once repeatedly further had've not never
    reportedly allegedly already just often even still publicly privately today
    yesterday 's ’s 're ’re 've ’ve 'd ’d 'll ’ll himself herself themselves itself""".split()
)


# from the rules of phrases.py
# Verbs that stand before their subject where no subject comes first: after a clause
# that follows a quotation ("“…” about the decision, said Ann Reyes") or opening a
# sentence ("Said Ann Reyes, “…”"); "told" and the like take an object there.
INVERTING_VERBS: Final = frozenset("said says added wrote writes asked explained".split())
# from the rules of quotes/carry.py: cue verbs that go on from the speaker before ("“…”
# Harris added: “…”"), unlike a new speaker's "Jo Lee said: “…”"
CONTINUING_VERBS: Final = frozenset("added adds continued continues".split())
# The plain verbs of a cue: after a quoted question or exclamation, a name and one of
# these cue it however long the sentence runs on ("“…?” Trump told a radio station …").
PLAIN_CUE_VERBS: Final = INVERTING_VERBS | frozenset("told tells".split())
# Words that open a phrase naming someone unnamed: "a campaign spokesman", "one aide".
INDEFINITES: Final = frozenset("a an one another some several two three many".split())
# from the rules of quotes/output.py: the words before an unnamed speaker's description
# that belong to it ("a spokesman", "one official", "the chairman")
DESCRIBING_DETERMINERS: Final = frozenset("a an one another the".split())
# "One Clinton spokesman has called it …": one voice of several, not the body's own
ONE_OF_SEVERAL: Final = frozenset("one another".split())
DETS: Final = frozenset("the a an his her its their this that these those our my your one".split())


# from the rules of phrases.py
STOPS: Final = frozenset(
    """and but or that which who whom whose when while where as if because after before
    than to of in on at for with by from into about over under without within between
    is was are were be been has have had not it""".split()
)


# from the rules of phrases.py
# Words after which a name is an object, never the subject of the verb that follows
PREPOSITIONS: Final = frozenset(
    """in on at of from to for with by about across near under over into onto against
    between among through during after before behind beyond without within upon via
    like than outside inside despite amid toward towards around throughout unlike
    beneath""".split()
)
# from the rules of quotes/reported.py: the particles of phrasal verbs ("snapped up",
# "pointed out", "hit back"): a statement never starts with one
VERB_PARTICLES: Final = frozenset("up off down out back away".split())
# Reporting verbs that take a clause and never a prepositional object: a phrase after one
# ("said at the motor show") is no statement ("argued for …", "called on …" are)
CLAUSE_ONLY_VERBS: Final = frozenset("say says said saying add adds added adding".split())
# words after which a short quotation is a term cited, not someone's words ("words like
# “digital”", "the so-called “axis”"; quotes/carry.py)
CITING_WORDS: Final = frozenset(
    ["like", "term", "terms", "word", "words", "phrase", "so-called", "dubbed", "such as"]
)
# Reporting verbs that also move a thing: with a noun object and then "to" ("adding a
# sixth pledge to his card") they report nothing
MOVING_VERBS: Final = frozenset("add adds added adding".split())
# Of those, "say" takes no particle either ("said up to 500 jobs could go" reports from
# "up"), where "add up to" is a phrasal verb
PARTICLE_FREE_VERBS: Final = frozenset("say says said saying".split())


# from the rules of phrases.py
GERUND_LINKS: Final = frozenset("before after while by when without since upon".split())


# from the rules of phrases.py
WHEN: Final = frozenset("in on at since last this".split())


# from the rules of phrases.py
# "Trump-style", "Koch-backed", "Chicago-based": a name joined to a lower-case ending that
# makes the word a modifier of what follows, not a name of someone.
MODIFIER_ENDINGS: Final = (
    "-style",
    "-based",
    "-run",
    "-backed",
    "-led",
    "-funded",
    "-owned",
    "-made",
    "-born",
    "-nominated",
    "-winning",
    "-like",
    "-esque",
    "-inspired",
    "-linked",
    "-allied",
    "-aligned",
    "-affiliated",
    "-controlled",
    "-sponsored",
    "-leaning",
    "-friendly",
    "-bashing",
)

DAYS: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december week month year night
    weekend""".split()
)


# from the rules of phrases.py
OPENERS: Final = frozenset(
    """during in at after before on with while when as following despite since throughout
    amid early earlier later last speaking asked addressing writing responding appearing
    campaigning testifying likewise however similarly separately elsewhere instead here
    hours days weeks months moments minutes""".split()
)


# the ends of web addresses that name a body ("GunBroker.com", "Amazon.co.uk"; cast.py)
TOP_LEVEL_DOMAINS: Final = frozenset(
    "com org net gov edu info biz io tv co.uk org.uk gov.uk ac.uk com.au co.nz ie eu".split()
)
# the pronouns that stand for one person as a clause's subject ("He was beaten by …";
# mentions.py)
SUBJECT_PERSON_PRONOUNS: Final = frozenset({"he", "she"})
# the relative pronouns whose antecedent is a person ("Mr Lomax, who …"; phrases.py,
# reported.py)
PERSON_RELATIVES: Final = frozenset({"who", "whose"})

# from the rules of tokens.py
PRONOUNS_ALL: Final = frozenset("he she it they we i you who that there what".split())


# from the rules of tokens.py
ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr sen rep gov gen lt col maj capt sgt st jr sr rev prof fr adm cmdr supt "
    "det".split()
)


# from the rules of tokens.py
NOUN_MARKERS: Final = frozenset(
    "the a an his her its their this that these those our my your is was are were be "
    "been being".split()
)


# from the rules of cast.py
NAME_SUFFIXES: Final = frozenset("jr jr. sr sr. ii iii iv".split())


# from the rules of cast.py
COURTESY_TITLES: Final = frozenset("mr mrs ms miss mx dr".split())
# Of those, a man's and a married or any woman's, as a surname's title tells a couple
# apart ("Ms Khan" beside a "Mr Khan" is someone else)
MALE_COURTESY_TITLES: Final = frozenset({"mr"})
FEMALE_COURTESY_TITLES: Final = frozenset({"mrs", "ms"})


# from the rules of quotes/cues.py
SPEECH_NOUNS: Final = frozenset(
    """claim claims statement statements remark remarks comment comments words assertion
    assertions warning warnings promise promises prediction predictions description
    argument arguments accusation accusations suggestion suggestions insistence contention
    vow vows
    boast admission denial pledge pledges charge charges message tweet tweets""".split()
)
# from the rules of quotes/cues.py: the nouns of speech whose source may follow the
# quotation after "from" ("a call for him to “pause for thought” from Jo Hale")
SOURCED_SPEECH_NOUNS: Final = SPEECH_NOUNS | frozenset(
    "call calls plea pleas appeal appeals demand demands request requests".split()
)


# from the rules of phrases.py: papers that speak for whoever issued them ("United's
# statement said", "said an agency statement")
DOCUMENT_NOUNS: Final = frozenset("statement announcement communique release filing".split())
# verbs that report speech only after such a paper ("a BBC statement read", "the
# statement reads:")
DOCUMENT_VERBS: Final = frozenset("read reads".split())
# from the rules of quotes/engine.py: "the report said": a paper without its issuer speaks
# for the body that "it" would stand for
PAPER_NOUNS: Final = DOCUMENT_NOUNS | {"report", "letter", "document"}
# from the rules of cast.py: a person's papers that speak for their owner ("Her lawsuit
# said …", "his letter said …", then "the suit added …")
PERSONAL_PAPERS: Final = frozenset("lawsuit suit complaint letter statement".split())
# papers a named body issues, speaking for it when its name stands before the noun ("the
# Halifax survey concluded", "the Nationwide report said"; cast.py)
ISSUED_REPORTS: Final = PAPER_NOUNS | PERSONAL_PAPERS | frozenset("survey study poll".split())


# from the rules of cast.py: "the Dutchman said", "said the American": a nationality
# that stands for a person named before (cast.Cast.described)
# Endings of the adjective of a people ("Swedish", "Japanese", "Brazilian", "Korean"),
# which describes a body but never names one ("shares in Anglo-Swedish drug firms")
PEOPLE_ADJECTIVE_ENDINGS: Final = ("ic", "ian", "ean", "ish", "ese")
# Adjectives of a people or a region no ending rule reads from a country's name
# ("French", "Dutch", "European", "Asian"); with DEMONYMS, the -ese and -ish adjectives
# and those of a named country ("Kenyan", "Brazilian", "Icelandic"), they describe, and
# "Celtic", "Guardian", "Morgan" or "Brian" name.
PEOPLE_ADJECTIVES: Final = frozenset(
    """african arab arabic asian caribbean czech dutch european french greek latin
    scandinavian thai welsh""".split()
)
# The -ish and -ese adjectives of a people whose stem names no country of PLACE_NAMES
# ("Danish", "Scottish", "Lebanese"); other words of those endings are adjectives only
# when their stem starts a country's name ("Swed-ish", "Taiwan-ese"), so that surnames
# that end so ("Reese", "Parrish", "Scorsese") stay names (cast.people_adjective)
ISH_ESE_ADJECTIVES: Final = frozenset(
    """british cornish danish english finnish flemish irish jewish kurdish luxembourgish
    scottish spanish turkish beninese bhutanese burmese cantonese congolese faroese
    guyanese lebanese maltese sudanese surinamese togolese viennese""".split()
)
DEMONYMS: Final = frozenset(
    """american argentine argentinian australian austrian belgian brazilian briton
    bulgarian cameroonian canadian chilean chinese colombian croat cuban czech dane
    dutchman dutchwoman egyptian englishman englishwoman ethiopian finn frenchman
    frenchwoman georgian german ghanaian greek hungarian indian iranian irishman
    irishwoman israeli italian ivorian jamaican japanese kenyan kiwi korean mexican
    moroccan nigerian norwegian pakistani paraguayan peruvian pole portuguese romanian
    russian scot scotsman senegalese serb slovak slovenian spaniard swede swiss turk
    ukrainian uruguayan welshman welshwoman zimbabwean""".split()
)


# from the rules of quotes/mentions.py: the words after "the Dutchman", "the 29-year-old"
# that leave it a person of its own ("the Dutchman said", "selling the Dutchman to
# Lazio"); other words make it a modifier ("the Russian economy")
AFTER_DESCRIPTION: Final = (
    REPORTING_VERBS
    | FINITE_VERBS
    | frozenset("who whose has had have is was will would also to in at for from on by".split())
)


# from the rules of phrases.py: "But in an interview, …": a conjunction before an
# opening phrase
LEAD_CONJUNCTIONS: Final = frozenset("but and yet so".split())
# Conjunctions of contrast after a comma that open a clause with its own subject and cue:
# "…, but Tory Liam Fox said …" (quotes/reported.py ends the clause before them)
CONTRAST_CONJUNCTIONS: Final = frozenset("but while whereas".split())
# Words ending in "s" after a name that are no present-tense verb ("but Ann Lee always …")
NON_VERB_S_WORDS: Final = frozenset(
    """this always perhaps sometimes besides afterwards towards news theirs ours yours hers
    whereas nowadays thanks""".split()
)


# from the rules of phrases.py: "Mr Howard last week said": a time, not the subject
PERIODS: Final = frozenset("week weekend month year night".split())


# from the rules of quotes/cues.py
NAMING_WORDS: Final = frozenset("known such so same titled named billed entitled listed".split())


# from the rules of quotes/cues.py: "what Mr Hedge called “…”": verbs that put a name
# to a thing, and the words that open the relative clause around them
LABELLING_VERBS: Final = frozenset(
    "call calls called dub dubs dubbed term terms termed label labels labeled labelled "
    "brand brands branded".split()
)
# from the rules of quotes/cues.py: "was criticised for “…” by campaigners", "accused of
# “…” by the union": verbs of judging someone for words the agent after "by" chose (with
# the preposition each takes)
CENSURING_VERBS: Final = {
    "criticised": "for",
    "criticized": "for",
    "condemned": "for",
    "attacked": "for",
    "slammed": "for",
    "blasted": "for",
    "praised": "for",
    "hailed": "for",
    "lambasted": "for",
    "castigated": "for",
    "accused": "of",
}
RELATIVE_WORDS: Final = frozenset("what that which whom".split())
# from the rules of phrases.py: "The minister, who was visiting Kenya, said": words that
# open an aside about what the subject does, not a name in apposition to it
CLAUSE_ASIDE_OPENERS: Final = frozenset("who whose which while when where after before".split())
# "The letter, from the Home Office, says": prepositions of an aside that says whose
# the subject is
AFFILIATIONS: Final = frozenset("from of for".split())


# from the rules of quotes/cues.py: "Gibbs derided “the professional left”": verbs of
# judging someone's words or stance; no cue of a quotation of their own, but a short
# quotation after one in its sentence is the subject's wording, not a scare quote (only
# the forms that are no noun: not "attacks", "insult", "champion")
VOICING_VERBS: Final = frozenset(
    "attacked attacking derides derided deriding insulted insulting ridicules ridiculed "
    "ridiculing hammered hammering advocates advocated advocating championed championing "
    "invoked invoking".split()
)
# "released a memo titled “…”": a title that the sentence's subject gave its own text
TITLING_WORDS: Final = frozenset("titled entitled".split())


# from the rules of quotes/cues.py
OBJECT_PRONOUNS: Final = frozenset("him her them it us me himself herself themselves".split())


# from the rules of quotes/cues.py
SUBORDINATORS: Final = frozenset(
    "when after before while because since although though if until unless whereas".split()
)
# from the rules of quotes/mentions.py: words that open a clause inside a sentence ("as
# to why his try had been disallowed by Kaplan"): its passive's agent is no main doer
CLAUSE_LINKS: Final = (
    frozenset("who whose why where how as".split()) | RELATIVE_WORDS | SUBORDINATORS
)


# from the rules of quotes/cues.py
# Verbs whose object is the person spoken to: never inverted ("…,” told X" is no English)
NO_INVERSION: Final = frozenset(
    """told tells tell telling informed informs assured assures reassured reassures
    thanked thanks accused accuses blamed blames urged urges""".split()
)
# the reporting verbs whose name after them, when not an inverted cue ("…?” asked Ms
# Lee), is the one addressed, an object ("I asked Sanders if …") (quotes/mentions.py)
ADDRESSING_VERBS: Final = NO_INVERSION | frozenset("asked asks".split())


# the words after a name's "'s" that make it "is"/"has", not a possessive ("Christie's
# been making the case", "Cruz's not going"): the name is a subject (quotes/mentions.py)
CLITIC_S_NEXT: Final = frozenset(
    "been got gotten not never going also just still always already a an the".split()
)


# from the rules of quotes/found.py
PASSIVE_AUX: Final = frozenset("is was are were be been being".split())
# The links between the parties of a court case ("Roe v. Wade", "Smith vs. Jones")
CASE_LINKS: Final = (" v. ", " v ", " vs. ", " vs ")
# The words between an office and its seat: "the MP for Sittingbourne", "Mayor of London"
SEAT_LINKS: Final = frozenset("for of".split())
# what stands before a verb's base form ("we state", "will state", "to state"): without
# one, "state" before a title is the noun of "state Sen." (quotes/mentions.py)
BEFORE_BASE_VERB: Final = frozenset(
    "i you we they to will would can could may might must should shall did do does not".split()
)


# from the rules of quotes/mentions.py
# Words after which a lone capitalised word can open a clause as its subject
CLAUSE_OPENERS: Final = frozenset("and but that while as when because so then".split())


# from the rules of phrases.py: adverbs of time between a subject and its verb ("but now
# said", "Smith later told"), skipped on the way back to the subject
TIME_ADVERBS: Final = frozenset(
    "now later also still again often never once already afterwards earlier".split()
)
# words that open a short phrase of time before a sentence's subject, beside the
# prepositions and TIME_ADVERBS ("Last week, Simon Webb said", "Back in 2009, Webb sought")
OPENER_WORDS: Final = TIME_ADVERBS | frozenset("back last this next".split())
# prepositions whose noun phrase after a reporting verb is its object, no statement
# ("apologised for the remarks", "declared of the film", "commented on the deal")
OBJECT_PREPOSITIONS: Final = frozenset("for of about over on".split())
# ... except after these, whose phrase is what was said ("argued for a cut in fees",
# "warned of job losses", "called for a ban")
PHRASE_CONTENT_VERBS: Final = frozenset(
    f for v in "argue warn call plead urge".split() for f in _forms(v)
)
# prepositions that open a short phrase of occasion between a name and its verb ("Baker
# in his speech called", "Ruiz at a rally said")
OCCASION_PREPOSITIONS: Final = frozenset("in at during".split())
# a phrase of occasion holds none of these ("in which he pledged" is a clause of its own)
OCCASION_BREAKERS: Final = PRONOUNS_ALL | frozenset("which whom whose and or but nor yet".split())


# from the rules of quotes/mentions.py: words in -ing that are prepositions, no verb
# after a subject ("Councillor Ana Ruiz during the meeting")
ING_PREPOSITIONS: Final = frozenset(
    """during including regarding concerning following according excluding considering
    pending notwithstanding""".split()
)
# from the rules of quotes/carry.py: "In explaining why …, Clinton described": a preposition
# before a participle opens a phrase whose subject is the main clause's
GERUND_PREPOSITIONS: Final = frozenset("in by after before while when since upon".split())


# from the rules of quotes/mentions.py: after these a name is an object ("by West
# Virginia", "the Smith report"), not a subject
GOVERNING_WORDS: Final = PREPOSITIONS | frozenset("the a an this that these those".split())


# Letters after a name that are no part of it ("Ken Marsh QC", "Jane Hill MP")
POST_NOMINALS: Final = frozenset("qc kc mp mep msp obe mbe cbe kbe dbe frs phd".split())

# Verbs that are speech only as the cue of a quotation, never with a clause of their own:
# after a question or an exclamation too ("“Is that all?” Mr Hale pressed.", "“Not
# likely!” she cracked."), and with "in" ("“…,” Ms Reed chipped in.") (quotes/cues.py)
CUE_ONLY_VERBS: Final = frozenset("pressed persisted ventured cracked chipped chimed".split())
# the particle of such a cue ("chipped in", "chimed in")
CUE_ONLY_PARTICLES: Final = frozenset({"in"})
# Verbs that report a retort when "back" follows them ("fired back", "hit back")
RETORT_VERBS: Final = frozenset(
    "fire fires fired firing shoot shoots shot shooting hit hits hitting push pushes pushed "
    "pushing strike strikes struck striking".split()
)

# Verbs whose object is a speech noun its subject delivers ("issued a statement")
DELIVERING_VERBS: Final = frozenset(
    "issued issues released releases posted posts gave gives made makes delivered "
    "delivers sent sends put puts".split()
)

# Generic nouns by which news prose names again a work, a body or a person it has named
# ("the film took $22.7m", "the company said"): question answering reads them as pointing back
GENERIC_REFERENTS: Final = frozenset(
    """film movie company firm group band club album single show programme side team bank
    airline carrier retailer studio label network channel game console virus worm singer
    actor actress star player striker minister""".split()
)


# from the rules of textnorm.py: names written in capitals whose lower case is a stop word
# ("US" is the country, "us" a pronoun), and the index word each is searched as
CAPITAL_NAMES: Final = {"US": "usa"}


# from the rules of qa/question.py: a "what" question ending in one of these words ("what
# will X replace it with?", "what is it named after?") is answered by the phrase that
# follows the word in the sentence; naming verbs stand for one another ("known" is read as
# "known as")
LINK_WORDS: Final = frozenset("with after into called named dubbed nicknamed titled".split())
NAMING_LINKS: Final = frozenset("called named dubbed nicknamed titled known".split())


# from the rules of qa/extract.py: "what colour…" is answered by a colour word, not a name
COLOURS: Final = frozenset(
    "red blue green yellow black white orange purple pink brown grey gray gold silver".split()
)
COLOUR_NOUNS: Final = frozenset("colour color colours colors shade".split())

# News agencies a dateline credits in brackets: "New York (AFP) –", "LONDON (Reuters) -".
# Only these mark a title-case place as a dateline, so that "Apple (AAPL) -" or "Tom
# Smith (Lab) -" opening a body stays text.
NEWS_AGENCIES: Final = frozenset(
    """reuters ap afp bloomberg upi pa dpa efe ansa anp aap cp ani pti ians xinhua tass
    ria itar-tass interfax kyodo jiji yonhap bernama antara cna mena wafa irna aa""".split()
)

# Words that end like a doer ("-ist", "-tor": "guitarist", "creator") but name a thing or
# a verb: "the sector's biggest firm" describes no person.
DOER_LOOKALIKES: Final = frozenset(
    """sector monitor factor motor rotor reactor tractor vector elevator escalator generator
    indicator radiator calculator capacitor transistor incubator simulator accelerator
    refrigerator ventilator respirator detector projector actuator list wrist twist mist
    fist gist exist assist insist resist persist consist subsist desist enlist checklist
    playlist shortlist wishlist blacklist""".split()
)
# Words ending in "-ed" that are no past tense: "a hundred", "indeed", "sacred".
ED_NOT_PAST: Final = frozenset(
    """hundred indeed kindred sacred naked wicked rugged ragged need speed proceed exceed
    succeed breed greed seed feed bleed creed heed weed steed shed bed red bred""".split()
)

# The first word of a place named with particles ("Place de la Concorde", "Rue de la
# Paix", "Puerta del Sol"), which "de la" would otherwise join into a surname.
# the names of countries and American states that are no person's name (not "Georgia",
# "Jordan", "Washington", "Virginia", "Chad"): a place, never the "he" or "she" of a quote
# ("He said states like Ohio and Colorado will decide"; cast.py)
PLACE_NAMES: Final = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming
    afghanistan albania algeria argentina australia austria bangladesh belgium bolivia
    brazil britain bulgaria cambodia canada chile china colombia croatia cuba denmark
    ecuador egypt england estonia ethiopia finland france germany ghana greece guatemala
    haiti honduras hungary iceland india indonesia iran iraq ireland italy japan kazakhstan
    kenya kuwait latvia lebanon libya lithuania malaysia mexico morocco myanmar nepal
    nicaragua nigeria norway pakistan panama peru poland portugal qatar romania russia
    rwanda scotland serbia singapore slovakia somalia spain sudan sweden switzerland syria
    taiwan thailand tunisia turkey uganda ukraine uruguay venezuela vietnam wales yemen
    zimbabwe""".split()
) | frozenset(
    (
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "south carolina",
        "north dakota",
        "south dakota",
        "rhode island",
        "west virginia",
        "saudi arabia",
        "north korea",
        "south korea",
        "south africa",
        "new zealand",
        "puerto rico",
        "sri lanka",
        "great britain",
    )
)
# the prefixes that keep a role a role ("ex-wife", "former-minister"; quotes/mentions.py)
ROLE_PREFIXES: Final = frozenset("ex former".split())
# the words before a place's name ("flooding in Lake Vorn"; quotes/mentions.py)
PLACE_LINKS: Final = frozenset("in at from near to".split())
# the first words of places' names ("New Orleans", "Port Talbot", "San Diego"): a run
# so opened that the text shows as a subject is no unknown person (quotes/mentions.py)
PLACE_OPENERS: Final = frozenset(
    """new north south east west port fort lake mount saint st san santa los las el
    upper lower""".split()
)
# the last words of a place's name ("Madison Square Garden", "Wall Street"): a "person"
# so named is a place (cast.py), unless a given name or a title opens it (Bruce Arena)
PLACE_ENDINGS: Final = frozenset(
    "square garden gardens street avenue boulevard stadium arena plaza".split()
)
PLACE_HEADS: Final = frozenset(
    """place rue avenue boulevard quai pont porte gare stade palais musée musee plaza
    calle paseo puerta piazza via hôtel hotel château chateau parc jardin""".split()
)

# from the rules of qa/question.py: the noun after "which"/"what" that asks for a person
# ("which player", "what actor") or a place ("which city")
# from the rules of phrases.py: people named by what they made or starred in ("the star
# of Rain Man and Tootsie said", "the author of Wolf Hall said"): the titles after "of"
# are works, the speaker is the person the story is about
WORK_MAKERS: Final = frozenset("star author creator novelist playwright songwriter".split())
# a general role noun -> the words of the occupations it covers: "Novelist Ann Roe … The
# writer was known for …", "Singer Jo Bell … The star said …": the general noun names the
# same person, who holds no other office. (No "minister" family: by_role reads "the prime
# minister" as "minister", and a chancellor is no prime minister.)
ROLE_KINDS: Final = {
    "writer": frozenset(
        "novelist author poet playwright screenwriter dramatist biographer"
        " journalist columnist lyricist songwriter".split()
    ),
    "boss": frozenset("manager coach executive chairman".split()),
    "star": frozenset("actor actress singer".split()),
}
PERSON_NOUNS: Final = frozenset(
    """person man woman player players actor actress singer star stars minister leader
    politician official executive boss manager coach captain director president chairman
    chief athlete runner driver rider striker midfielder defender keeper goalkeeper
    batsman bowler author writer presenter host musician artist band rapper comedian
    judge mp peer lord footballer winger forward fly-half scrum-half lock prop hooker
    centre wing full-back boxer champion skater swimmer cyclist golfer jockey trainer
    economist economists analyst spokesman spokeswoman husband wife son daughter brother
    sister father mother rival opponent referee founder owner designer producer composer
    entertainer dj newsreader journalist reporter secretary candidate winner winners
    member members character american briton scot welshman irishman frenchman englishman
    german australian spaniard italian officer officers commissioner inspector
    detective""".split()
)
PLACE_NOUNS: Final = frozenset(
    """city country countries town place venue stadium ground county state region island
    capital continent nation street area village hospital prison court airport circuit
    course location port province district resort arena theatre hotel site""".split()
)


def alternation(words: frozenset[str]) -> str:
    """The words as the branches of a regex alternation, escaped and longest first (so a
    word never loses to a shorter word it starts with: "their" before "the")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """`alternation` for phrases of several words: the words of a phrase may be parted
    by any run of white space ("a  dozen", "per\ncent")."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


# Capitalised words that open a new clause after a full stop ("… said. But …")
NEW_CLAUSE_OPENERS: Final = frozenset("But And Yet However Still Meanwhile".split())
# Articles and possessives before a noun ("told the panel", "told his aides")
NOUN_DETERMINERS: Final = frozenset("the a an his her their its".split())
ARTICLES: Final = frozenset("a an the".split())
# Words that open an aside about a name ("Jo Bloggs, who …", "…, such as …")
ASIDE_OPENERS: Final = frozenset({"who", "whose", "which", "such as", "including"})
# The pronouns that stand for a sentence's subject ("him", "her" are mostly someone else)
GENDERED_SUBJECT_PRONOUNS: Final = frozenset("he his himself she hers herself".split())
# Of those, the ones that name a man
MALE_SUBJECT_PRONOUNS: Final = frozenset("he his himself".split())
# What stands before a "his"/"hers" that is someone else's than the subject's ("Randolph
# was his heir", "known as his fixer")
OTHERS_POSSESSIVE_AFTER: Final = frozenset("is was as".split())
# The possessive pronouns that may be another's than the subject's after those
THIRD_POSSESSIVES: Final = frozenset("his hers".split())
# A copula before a new full name and its comma: the inverted subject ("Across town,
# knocking on doors, is Wayne Borders, a …")
INVERTING_COPULAS: Final = frozenset("is was".split())
# Small words inside a body's or a name's run of capitals ("Commission for Racial
# Equality", "Simon Hart of the Countryside Alliance", "Brown and Co")
BODY_NAME_LINKS: Final = frozenset("of for and on".split())
ADDRESSEE_NAME_LINKS: Final = frozenset("of and at with".split())
AFFILIATION_LINKS: Final = frozenset("of from at".split())
# Prepositions whose place only locates the subject before them ("officials in London
# said"): the place is never the speaker (phrases.py)
LOCATING_LINKS: Final = frozenset({"in"})
# The words after which a new full name with a role after its comma is introduced as the
# one the next "he" or "she" is about ("the choice of Steven Gale, executive editor of
# Variety", "defenders of free trade, like Lars Brandt, a fellow at …") (quotes/mentions.py)
INTRO_LINKS: Final = frozenset("of from like including".split())
# The words after which a role governs a phrase that is not its own ("the wife of a
# congressman", "adviser to the president"): the role's gender is in the words before
ROLE_GOVERNING_LINKS: Final = frozenset("of for to at with".split())
# Determiners that make a phrase definite ("the party's", "his team"): no indefinite phrase
DEFINITE_DETERMINERS: Final = frozenset("the his her their".split())
# Words that open an apposition after a name ("Jo Bloggs, a lawyer", "Jo Bloggs, who …")
APPOSITION_OPENERS: Final = ARTICLES | {"who"}
# Words that join two clauses, ending a noun phrase ("… and", "… but then")
CLAUSE_COORDINATORS: Final = frozenset("and but then or yet to".split())
# Of those, the ones before a second verb of the same subject ("… and added", "but said")
VERB_COORDINATORS: Final = frozenset("and but then yet".split())
# Prepositions between a verb and its object before a quoted label ("pointed to a “crisis”")
LABEL_PREPOSITIONS: Final = frozenset("to at on about after for into with".split())
# The small words after "told X" that report no statement ("told X of his plans", "told
# X about…", "told X to go")
TOLD_NO_STATEMENT: Final = frozenset("of about to".split())
# Lower-case words inside a byline's run of capitals ("Head of Sport and the Arts in Wales")
BYLINE_LINKS: Final = frozenset("and of the in".split())
# Words that start a clause, so no modifier of an addressee ("told the panel that …")
CLAUSE_STARTERS: Final = frozenset("that which who and or".split())
# What may stand between a list of names and its plural verb ("X and Y have", "… are all")
PLURAL_LIST_ADVERBS: Final = frozenset("all both also now".split())
PLURAL_LIST_VERBS: Final = frozenset("have are were".split())

# Moved from the modules that use them (issue 12 item 8)
# Table entries that are abbreviations: only written in capitals ("US", not "Us").
CAPITALISED_COUNTRY_CODES: Final = frozenset({"us", "usa", "uk"})
# A word naming a kind of body: a "person" called "Acme Holdings Group" is a company.
BODY_KIND_WORDS: Final = frozenset(
    """inc incorporated corp corporation ltd plc llc llp co company companies group
    holdings bank ministry department agency association council commission committee
    party parliament government university institute foundation federation union
    authority airlines airways police army navy league club fc united motor motors
    brewery breweries brothers communications pharma pictures records studios society
    theatre enterprises""".split()
)
# Abbreviations that are never the end of a sentence when a capital follows them.
SENTENCE_ABBREVIATIONS: Final = frozenset(
    """
    mr mrs ms mx dr prof rev fr sr jr st gen lt col maj capt cmdr adm sgt cpl pte gov
    sen rep rt hon pres supt insp det messrs mme mlle esq no nos vol vols fig figs jan
    feb mar apr jun jul aug sep sept oct nov dec approx cf vs etc al ed eds op ca mt ft
    dept univ assn bros
    """.split()
)
# Words that typically open a sentence: after "U.S." they mean the sentence ended.
SENTENCE_OPENERS: Final = frozenset(
    """
    the a an he she it they we i you this that these those there his her its their but
    and however meanwhile in on at as if when while after before for so yet mr mrs ms dr
    officials some many most one no not what who why how
    """.split()
)
QUOTE_SEARCH_STOPWORDS: Final = frozenset(
    """a an the and or but of to in on at for with by from as is are was were be been it its
    this that these those i we you he she they them his her our their my your me us
    not no do does did have has had will would can could should so if than then there
    what which who whom when where why how all any some just about into over also""".split()
)
# Words that turn a statement into its opposite ("we will not raise taxes"), as a quote
# search writes them (apostrophes dropped: "wont", "dont")
QUOTE_NEGATIONS: Final = frozenset(
    """not no never nor neither nobody nothing none cannot nt dont doesnt didnt wont cant
    isnt arent wasnt werent wouldnt couldnt shouldnt hasnt havent hadnt""".split()
)
# Words whose final "s" is not a plural.
S_NOT_PLURAL: Final = frozenset(
    "news series species means politics economics physics lens bias".split()
)
# Function words carry no topic: a query ignores them unless it has nothing else.
STOP_WORDS: Final = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up upon us very was
    we were what when where which while who whom whose why will with would you your yours
    yourself yourselves s t d ll m re ve also may might must shall""".split()
)
# Words too common in titles to tell them apart; a title query matches them only typed alone.
TITLE_STOP_WORDS: Final = frozenset(
    "a an and as at by for from in is it of on or the to with".split()
)
# cast.split_name: small words that, in title case, end no name ("Ruth Okoro The" from
# "…Okoro The dispute…", a full stop left out; "Lord Of" from "The Lord Of the Rings");
# not "from" ("Al From") nor "an" ("Tran Van An"): surnames and given names too
DANGLING_NAME_WORDS: Final = frozenset("the a of and for to at by with in".split())
# Weighing sentences (textstats): the function words and the common verbs, adverbs and
# titles that say nothing of a topic; they would link every sentence to every other.
TOPICLESS_WORDS: Final = STOP_WORDS | frozenset(
    """ago almost although among another anyone anything around away became become cannot
    done either else even ever every get gets getting got however last least less like
    made make many much near nearly need needs neither never next often one onto others
    otherwise per perhaps put quite rather really said say says see seen seem seemed
    seems several since something still take thing things though thus till told toward
    towards unless use used via want way well went whatever whenever whether within
    without yet mr mrs ms dr""".split()
)
# Summaries (summary_rules.py, summary_model.py)
# First words that point back at an earlier sentence: pronouns and connectives.
ANAPHORIC_OPENERS: Final = frozenset(
    """he she it they we this that these those his her its their them him also but
    however and yet so still nevertheless nonetheless moreover furthermore instead
    besides thus therefore hence meanwhile otherwise""".split()
)
SUMMARY_SPEECH_VERBS: Final = frozenset("said says added told".split())
SPEAKER_PRONOUNS: Final = frozenset("he she they".split())
# The verbs of a short cue that shows where a quotation's marks go (quote_marks.py): a
# colon cue, ". He added: “…" (a new sentence's subject and one of these verbs right
# before a quotation's opening mark), and a closing mark left out before ", the
# organisation said in its report." (a comma, a subject and one of these verbs). One
# list: either cue is read by the same verbs.
SHORT_CUE_VERBS: Final = frozenset(
    "said says added adds continued explained insisted warned noted argued".split()
)
# ... or one of these and whom it was said to (". She told reporters: “…", ", she told
# reporters.")
CUE_ADDRESSING_VERBS: Final = frozenset({"told"})
# the pronouns that may be the subject of the left-out closing mark's cue
LOST_CLOSE_PRONOUNS: Final = frozenset("he she they it".split())
# "he said", "she warned"; inverted only with the commonest ("said he", "adds she")
PRONOUN_SPEAKER_VERBS: Final = frozenset(
    "said says added adds told warned explained insisted".split()
)
INVERTED_SPEAKER_VERBS: Final = frozenset("said says added adds".split())
FIRST_PERSON_LOWER: Final = frozenset("me my myself mine".split())
PERSON_PRONOUNS_SHORT: Final = frozenset("he she his her him".split())
NAME_HONORIFICS: Final = frozenset("Mr Mrs Ms Dr Sir Lord Lady Prof".split())
# Words of a byline line ("By Jo Bloggs, BBC News correspondent")
BYLINE_WORDS: Final = frozenset(
    """report reporter reporters correspondent correspondents staff desk editor agencies
    reuters afp ap bbc news writer bureau""".split()
)
# Question answering (qa/)
# Participles of a relation both sides hold: "who is married to…" asks for either side
# of "Tom Hale married Ann Lee" (qa/extract.py: no passive question, unless "by" follows)
QA_STATIVE_PARTICIPLES: Final = frozenset("married divorced".split())
# Words that end the name of an event, a prize or a work, not a person's.
QA_EVENT_WORDS: Final = frozenset(
    """awards award cup championship championships games olympics festival trophy prize
    series show tour open final finals trials stadium park arena theatre hall street
    road square airport station christmas easter day night week""".split()
)
QA_TIME_WORDS: Final = frozenset(
    "yesterday today tonight tomorrow last next this earlier later recently".split()
)
QA_ANSWER_DETERMINERS: Final = frozenset("a an his her their the".split())
QA_DEICTIC_DAYS: Final = frozenset("Today Tonight Tomorrow Yesterday".split())
QA_TITLE_WORDS: Final = frozenset("Mr Mrs Ms Dr Sir Lord Lady Dame".split())
QA_AUX_VERBS: Final = frozenset(
    "is was are were be been has have had will would can could should may might must do does "
    "did".split()
)
QA_DESCRIPTION_ENDS: Final = frozenset(
    "the of to in on at for with and or but that who which by from as".split()
)
QA_RELATING: Final = frozenset("in at on from to by with for against into near".split())
# "what is Brown's view on the euro?", "… about the euro?": a word relating a noun to a topic
QA_TOPIC_RELATING: Final = QA_RELATING | {"about"}
QA_GLUE: Final = frozenset({"in", "at", "on", "the", "of", "mr", "and", "a", "to", "for"})
# Regex alternations of question answering (qa/extract.py, qa/question.py, qa/rank.py,
# qa/referent.py, qa/words.py), built with `alternation`; an ordered tuple where the
# order of its branches matters.
# Amounts and units: "more than 20", "a two-year deal", "thousands of troops".
QA_COMPARATIVES: Final = frozenset("more less fewer".split())
# Words that qualify an amount ("nearly 300", "up to £5m"), besides "more than" etc.
QA_AMOUNT_QUALIFIERS: Final = frozenset(
    "almost nearly about around over under some roughly approximately".split()
) | {"up to", "at least", "just over", "just under", "an estimated"}
# Numbers in words, and amounts written as a phrase ("a dozen", "two-thirds")
QA_NUMBER_WORDS: Final = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundreds thousands dozens half two-thirds three-quarters millions""".split()
) | {"a hundred", "a thousand", "a dozen", "a third", "a quarter", "a million", "a billion"}
# Nouns of a measure ("what is the population of Wales?", "the capacity of the stadium"):
# a figure answers them, never a name
QA_MEASURE_NOUNS: Final = frozenset(
    """population capacity attendance height weight length distance speed temperature
    salary wage turnover revenue""".split()
)
# The words that say a birth or a founding, each event one family ("set up" and
# "founded" tell the same): the sentence that dates or places such an event must say it
# ("In 1981 he was removed…" does not date "when was Apple founded?")
QA_ONCE_EVENT_FAMILIES: Final = (
    frozenset("born birth birthday native".split()),  # "a native of Split" says it
    frozenset(
        """founded founding founder founders established establishment formed formation
        created creation""".split()
    )
    | {"set up", "setting up"},
)
# Words of a question that asks for a match's result ("what was the score?"): a score
# ("3-1") answers it, though it counts nothing
QA_RESULT_WORDS: Final = frozenset("score scores scoreline result margin".split())
# Verbs of an event that happens once to a person or a body ("when was he born?", "when
# was the firm founded?"): a year or a full date dates it; a weekday only right after the
# verb ("born on Tuesday"), "last year" never. (The one-word past forms a question asks
# with; "set up" or "created" leaves the date to the event check of QA_ONCE_EVENT_FAMILIES.)
QA_ONCE_EVENTS: Final = frozenset("born founded established formed".split())
# "Who was the first woman to lead the IMF?": a record a person holds, which the
# sentence that answers must state with the same word
QA_RECORD_WORDS: Final = frozenset("first last only youngest oldest".split())
# The scale written after a figure: "£5bn", "20%", "3 million", "12 per cent"
QA_SCALES: Final = frozenset(
    "bn m k % million billion trillion thousand hundred percent".split()
) | {"per cent"}
# The verbs of a question that asks who said something ("who warned…", "which analyst
# called…"): a quotation's speaker answers it. Only verbs of speech: "who sacked/found/
# defended…" asks a doer, though such verbs may also report speech.
QA_SPEECH_VERBS: Final = frozenset(
    """say tell warn claim call describe insist admit deny promise add argue accuse urge
    state announce suggest predict vow pledge threaten complain brand dub label criticise
    criticize condemn praise blame explain""".split()
)
# The first words of a quotation whose speaker speaks of themselves ("I resigned…", "My
# decision…"): the speaker is who did what it tells.
QA_SELF_OPENERS: Final = frozenset("i i'm i've i'd i'll my".split())
# Currencies written out after a figure ("300 yen", "40 dollars")
QA_CURRENCY_WORDS: Final = frozenset(
    "yen yuan euro euros dollar dollars pound pounds rupee rupees pence cent cents".split()
)
# The units a figure may carry: currencies, then what is counted or measured
QA_FIGURE_UNITS: Final = QA_CURRENCY_WORDS | frozenset(
    """rouble roubles barrel barrels point points times second seconds minute minutes
        hour hours day days week weeks month months year years mile miles metre metres km
        kg tonne tonnes goal goals tries runs wickets votes seats copies units people jobs
        megabytes gigabytes mb gb kilometres acres hectares litres gallons""".split()
)
# The units of a calendar span: "three years ago", "within two weeks"
QA_CALENDAR_UNITS: Final = frozenset("day days week weeks month months year years".split())
# The words before an "as" that is no cause: "known as", "such as", "the same as"
QA_AS_NOT_REASON: Final = frozenset("known such same well so regarded seen described".split())
# The words after an "as" that is no cause: "as a coach", "as well as", "as soon as"
# ("as part of a drive" is a cue of its own, in QA_REASON_CUES)
QA_AS_NOT_REASON_AFTER: Final = frozenset("a an well far long soon".split())
# The words after which "to" opens no purpose clause: "going to", "set to join", "used to"
QA_TO_NOT_PURPOSE: Final = frozenset("going set able likely about used ought according".split())
# Verbs whose "to" completes them, no purpose: "wants to close", "plans to sell", "failed
# to pay"; compared by `concept`, so every inflection ("tried", "refuses") matches
QA_TO_CATENATIVE_VERBS: Final = frozenset(
    """want plan decide agree fail try hope expect refuse need seem begin start continue
    manage vow promise intend threaten attempt pledge prepare choose opt wish""".split()
)
# Of those, the verbs whose passive still says what is expected, not what for: "was
# expected to sell the building" (while "a deal was agreed to end the strike" says its aim)
QA_PASSIVE_NOT_PURPOSE: Final = frozenset("expect seem hope".split())
# Words a few before a period that compare a figure with that period's, not count over it:
# "85,000 visitors, up from 60,000 last year" is a figure of this year
QA_PERIOD_COMPARED: Final = frozenset("from than with on".split())
# The words that call someone the earlier holder of a post: "his predecessor as chief
# executive, Tom Hale", "previous host Ann Lee", "former coach Ray Dunn"
QA_EARLIER_HOLDER: Final = frozenset("predecessor previous former ex".split())
# The words that open a reason after a statement ("because of…", "blamed it on…"), with
# how surely each gives the reason asked for
QA_REASON_CUES: Final = {
    "because": 1.0,
    "because of": 1.0,
    "due to": 1.0,
    "owing to": 1.0,
    "thanks to": 0.9,
    "as a result of": 1.0,
    "blamed on": 1.0,
    "blamed it on": 1.0,
    "caused by": 1.0,
    "so that": 0.8,
    "in order to": 0.8,
    "after": 0.6,
    "following": 0.6,
    "amid": 0.6,
    "as part of": 0.6,
    "since": 0.4,
    "blame": 0.9,
    "a result of": 1.0,
    "the result of": 1.0,
    "blames": 0.9,
    "with": 0.3,
    "when": 0.3,
    "as": 0.3,
    "for": 0.3,
}
# Verbs of a cause in a question: "what caused…", "what led to…", "what was behind…"
QA_CAUSE_VERBS: Final = frozenset(
    "caused causes cause prompted sparked triggered drove made".split()
) | {"set off", "led to", "lay behind", "is behind", "was behind"}
# Nouns of a share in a question: "what percentage…", "at what rate…"
QA_SHARE_NOUNS: Final = frozenset("percentage proportion share percent rate".split()) | {"per cent"}
# Nouns and verbs of a sum of money in a question: "what was the price…", "how much did
# they pay…"
QA_MONEY_WORDS: Final = frozenset(
    """price cost fee salary profit profits revenue revenues sales earnings debt deficit
    budget valuation bid fine worth paid pay spend spent raise raised raises money takings
    sum cheap expensive costly""".split()
)
# The words after "this is", "that's" that give a reason: "that's because…", "this is
# partly due to…"
QA_REASON_BACK_WORDS: Final = frozenset("because why".split()) | {"due to"}
QA_REASON_BACK_DEGREES: Final = frozenset("partly largely mainly".split())
QA_HYPHEN_UNITS: Final = frozenset(
    "second minute hour day week month year mile metre point game match".split()
)
QA_VAGUE_AMOUNTS: Final = frozenset("hundreds thousands millions billions dozens several".split())
QA_TIMES_WORDS: Final = frozenset("once twice thrice".split())
QA_MULTIPLIED: Final = frozenset("doubled tripled trebled quadrupled halved".split())
# "by how much did sales rise?": verbs of a change in amount
QA_CHANGE_VERBS: Final = frozenset(
    """rise rose risen grow grew grown increase increased fall fell fallen drop dropped cut
    climb climbed jump jumped shrink shrank""".split()
)
# "what did profits rise by?", "what did Charlton beat Norwich by?": a margin
QA_MARGIN_VERBS: Final = frozenset(
    "beat win lose lead rise fall grow increase drop climb jump cut shrink".split()
)
# What may follow "what are rates expected to rise to": the question's end or a time or
# place of the rise ("…to after the meeting"), not the rest of a verb ("rise to power")
QA_LEVEL_AFTER: Final = frozenset("after in on at by before following".split())
# "whats", "wheres": question words typed without the apostrophe of "'s"
QA_UNAPOSTROPHED: Final = frozenset("what where who when how".split())
# "until what date…", "by when…": the preposition a question bounds a time with, then
# those a sentence writes for the same bound ("by 2008", "before June", "within a year")
QA_TIME_BOUNDS: Final = (
    ("until", "till", "to"),
    ("till", "until", "to"),
    ("by", "before", "within"),
    ("before", "by", "within"),
    ("since", "from"),
    ("from", "since"),
    ("after", "from"),
)
QA_BOUND_ASKERS: Final = frozenset("what when which".split())
# "what is the deadline for bids?" asks for the time a thing must be done by
QA_DEADLINE_NOUNS: Final = frozenset("deadline deadlines".split())
# Verbs whose object is the other side of a match: "who will Ireland host?" is answered
# by "playing Switzerland", "who will Nadal face?" by "he now meets Puerta"
QA_OPPONENT_VERBS: Final = frozenset("face meet play host".split())
# "how long…" asks for a time, "how far…" a distance, "how old…" an age; the units of each
QA_ASKED_UNITS: Final = frozenset("long far old".split())
# "what time did she clock?", "what was his winning time?": a race time is asked, a
# measure in seconds, not an hour or a year
QA_TIMED_VERBS: Final = frozenset(
    "clock clocked run ran record recorded post posted swim swam".split()
)
# A race time's units: "44.63secs", "three minutes 49.89secs", "two hours 8 minutes"
QA_RACE_TIME_SHORT_UNITS: Final = frozenset("sec secs min mins hr hrs".split())
QA_RACE_TIME_LEAD_UNITS: Final = frozenset("hour hours minute minutes".split())
QA_RACE_TIME_TAIL_UNITS: Final = frozenset("minute minutes second seconds".split())
QA_TIMED_KINDS: Final = frozenset(
    "winning finishing lap race qualifying best fastest quickest".split()
)
QA_DURATION_UNITS: Final = frozenset("second minute hour day week month year season decade".split())
# What makes "a year" a point in time, not a length: "a year ago", "a week later"
QA_RELATIVE_AFTER: Final = frozenset("ago earlier later before after previously".split())
QA_DISTANCE_UNITS: Final = frozenset("metre meter mile km kilometre yard feet foot inch".split())
# "what was the score?", "what did Charlton beat Norwich by?": a pair of figures
QA_PAIR_NOUNS: Final = frozenset("score scoreline odds".split())
QA_SCORE_VERBS: Final = frozenset("beat win won lose lost defeat defeated".split())
# "how many…", "how much…", "how long…": "how" before one asks for an amount
QA_HOW_AMOUNT: Final = frozenset(
    """many much long old far big large high low often fast tall heavy cheap expensive costly
    deep wide young""".split()
)
# "how much more…", "how much time…": not a sum of money
QA_HOW_MUCH_NOT_MONEY: Final = frozenset("more less longer further time".split())
# Times: "the first half of 2004", "early March", "last Monday morning", "next week", "9pm"
QA_PART_ORDINALS: Final = frozenset("first second third last final".split())
QA_PERIOD_PARTS: Final = frozenset("early late mid".split())
QA_DAY_DEICTICS: Final = frozenset("last next this on".split())
QA_DAY_PARTS: Final = frozenset("morning afternoon evening night".split())
QA_PERIOD_DEICTICS: Final = frozenset("last next this".split())
# "last week", "next season", "this weekend" (a word boundary follows, so "last
# weekend" is never cut to "last week")
QA_PERIODS: Final = frozenset("week month year weekend season spring summer autumn winter".split())
# ordered as the date patterns were written: "12 Sep" is found in "12 Sept 2004"
QA_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
QA_DAYS: Final = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Capitalised words that open a sentence or a clause and are no names, beside the months
# and the days ("But", "According", "Speaking")
QA_CAPITALS_NOT_NAMES: Final = frozenset(
    """The A An But And Or If In On At As It Its He She They We I You His Her Their Our This
    That These Those There Here When Where Who What Why How While After Before Since Although
    However Meanwhile Mr Mrs Ms Dr Sir For With From By To Of So Yet Now Then Also Some Many
    More Most One Two Three Last Next Earlier Later According Both Each Other Such Despite
    During Under Over Speaking Asked Not No Yes Even Only Just Still Instead Indeed Overall
    Because Until Once All Any Another""".split()
)
# Nouns after "what"/"which" that ask for a time or a figure ("what date…", "what share…");
# a change asked for is a figure too ("what price rise…")
QA_TIME_NOUNS: Final = frozenset(
    "date dates day days year years month months time season week decade century deadline".split()
)
QA_QUANTITY_NOUNS: Final = frozenset(
    """percentage proportion share rate price amount number total sum figure fee cost score
    scoreline odds margin salary value age size level distance tally stake valuation bid fine
    sentence majority turnout deficit surplus profit profits loss losses revenue revenues
    sales debt budget ratio low high peak""".split()
)
QA_CHANGE_NOUNS: Final = frozenset("rise increase growth fall drop cut gain jump decline".split())
# Words after "which"/"what" that end the scan for its head noun ("which of …")
QA_HEAD_STOPS: Final = frozenset("to of in at on for by with from that who which".split())
QA_SEASONS_AHEAD: Final = frozenset("week month year season spring summer autumn winter".split())
QA_CLOCK_WORDS: Final = frozenset("am pm GMT BST".split())
# What follows "in 1337" when it is a year ("set up in 1337 by …"), not a count
QA_AFTER_OLD_YEAR: Final = frozenset(
    "by and when as after before with at in on to under from the".split()
)
QA_PAST_MARKERS: Final = frozenset("was were had did ago last".split())
# "last year", "a year earlier": a year the sentence means without writing it
QA_YEAR_DEICTICS: Final = frozenset("last this next previous past current coming".split())
QA_YEAR_LATER: Final = frozenset("earlier before ago on".split())
# A time that points back (beside "last", not after "the"), or ahead
QA_PAST_TIME: Final = frozenset("ago yesterday previous previously earlier former".split())
QA_NEXT_TIME: Final = frozenset("next upcoming forthcoming".split())
# "set to", "due to", "expected to": what is to come; "when does X expect …"
QA_FUTURE_CUES: Final = frozenset("set due expected scheduled planned going likely".split())
QA_PLAN_VERBS: Final = frozenset("expect plan hope aim intend".split())
QA_WHEN_WORDS: Final = frozenset("when date year day month".split())
QA_PAST_AUX: Final = frozenset("did was were had".split())
# Places: "in London", "died at his home", "a clinic in Zurich"
QA_PLACE_PREPOSITIONS: Final = frozenset(
    "in at near outside inside from to across around into of".split()
)
# the words before a name that show it to be a place, for a "where" answered by a name
# (support.unplaced): the place prepositions, and "on" of a street ("on Regent Street")
QA_PLACE_CUES: Final = QA_PLACE_PREPOSITIONS | {"on"}
# from the rules of qa/extract.py: a "where" question about a move wants where it ends
# ("where is he going on loan", "where will the match be moved") or, with these words,
# where it began ("where did she move from", "where did he leave"); the place after the
# other direction's preposition is the wrong end of the move
QA_MOVE_VERBS: Final = frozenset(
    """go goes going gone went move moves moving moved join joins joining joined head
    heads heading headed loan loaned transfer transfers transferred switch switched
    relocate relocated relocating""".split()
)
QA_MOVE_FROM: Final = frozenset("from leave leaves leaving left quit quits quitting".split())
QA_MOVE_TO_PREPOSITIONS: Final = frozenset("to into join joins joining for".split())
QA_PLACE_NOUN_PREPOSITIONS: Final = frozenset("at in into to outside inside from".split())
QA_PLACE_NOUN_LINKS: Final = frozenset("in at near outside".split())
QA_NEAR_PLACE: Final = frozenset("in at near".split())
# Reasons: "…, and a knee injury has forced him out", "… is one reason"
QA_CAUSE_OPENERS: Final = frozenset("that and but".split())
QA_HAVE: Final = frozenset("has have had".split())
QA_BE: Final = frozenset("is was are were".split())
# auxiliaries in "-ing" that stand before a question's participle ("being moved")
QA_ING_AUX: Final = frozenset({"being", "having"})
# the auxiliaries of a perfect, before a question's participle ("had Wales last beaten")
QA_PERFECT_AUX: Final = frozenset({"has", "have", "had"})
# The words after which a past form looks ahead still, an infinitive or a passive: "set to
# hit shops in May", "expected to be completed in 2009"
QA_AHEAD_INFINITIVE: Final = frozenset("to be been being".split())
QA_REASON_DETERMINERS: Final = frozenset("a the one".split())
QA_POINTING_BACK: Final = frozenset("this that it".split())
# Clauses: "… and is", "who has been named", "X is a …"
QA_CLAUSE_AUX: Final = frozenset("is are was were will would has have had".split())
QA_WHO_AUX: Final = frozenset("will would could can should may might has have had".split())
# Words that open another clause ("…, which …", "… but …"), what follows a surname used
# alone ("Easton said"), the verbs after a generic subject ("The company said")
QA_CLAUSE_OPENERS: Final = frozenset(
    """which who that but while because after before when as would will could can should is
    are was were has have had may might""".split()
)
QA_NAME_FOLLOWERS: Final = frozenset(
    """said says was is has had added told who will would could can did does and also then
    now""".split()
)
# Epithets for a person just named, opening a sentence about them: "The teenager has…",
# "The world junior champion clocked…" (qa/referent.py); not offices ("The manager said…")
QA_PERSON_DESCRIBERS: Final = frozenset(
    "teenager youngster medallist veteran newcomer champion".split()
)
QA_GENERIC_VERBS: Final = frozenset(
    """has had have is was will would could took made said says won lost sold went became fell
    rose grew held left ran beat gave got saw came spent added also now still""".split()
)
QA_COPULAS: Final = frozenset("is was are were became becomes".split())
QA_SENTENCE_ARTICLES: Final = frozenset("The A An".split())
# Questions: the verbs after "what", "when", "which"
QA_WHAT_AUX: Final = frozenset("did does do has have will".split())
QA_WHEN_AUX: Final = frozenset("did does do is was will were are has had".split())
QA_WHICH_NOT_NOUN: Final = frozenset(
    """is are was were does do did has have had will would can could should might may must
    happened happens""".split()
)
QA_ASKED_AUX: Final = frozenset("did does do will would has have had can could".split())
# The auxiliaries of a finished event: a race time is asked of a race run ("what time did
# she clock?"), where "what time does the show run?" asks the hour
QA_FINISHED_AUX: Final = frozenset("did has have had".split())
QA_WHO_WORDS: Final = frozenset("who whom whose".split())
QA_RELATIVES: Final = frozenset("that which who".split())
QA_ADVERBS: Final = frozenset(
    "already still now also just recently currently once ever never".split()
)
# A question asking when someone took up a post: "when did he become chief executive?",
# "when was she appointed…", "when was he made manager?"
QA_TAKING_OFFICE: Final = frozenset(
    "become became appoint appointed elect elected make made".split()
)
# What a sentence writes of taking up a post, any of which answers such a question: "he
# joined as chief executive in 1998", "was named coach in May", "succeeded Ann Carne",
# "was sworn in" ("made" and "took", of a post, are said of too much else to count)
QA_OFFICE_TAKEN: Final = frozenset(
    "become became appoint appointed elect elected join joined hire hired name named "
    "succeed succeeded replace replaced sworn".split()
)
# Words a question writes between its subject and the verb of the event it asks about
# ("when had Wales last beaten…", "when did she first win…"): no verbs themselves
QA_BEFORE_EVENT: Final = frozenset("last first again later".split())
QA_HOW_DONE: Final = frozenset("well badly better worse it so".split())  # "did well in…"
# The frame of a question about a story: "in the article about …", "the report says"
QA_STORY_PREPOSITIONS: Final = frozenset("in from of".split())
QA_STORY_DETERMINERS: Final = frozenset("the this that a".split())
QA_STORY_ABOUT: Final = frozenset("about on into covering concerning of".split())
QA_THE_THIS_THAT: Final = frozenset("the this that".split())
QA_STORY_SAYS: Final = frozenset("says said claims reports".split())
QA_NAMED_DETERMINERS: Final = frozenset("the a an this that".split())
# "Can you tell me …", "does anyone know …"
QA_POLITE_MODALS: Final = frozenset("can could would".split())
QA_ASKED_PEOPLE: Final = frozenset("you anyone anybody".split())
# Names: the small words of a run of capitals ("Bank of England"), the connectives
# before a pronoun ("But he …"), nouns of a body or of words themselves
QA_RUN_LINKS: Final = frozenset("of and for the".split())
# Of those, the ones that never open a name ("of Wales", "and Sons", "the Bank")
QA_NOT_RUN_OPENERS: Final = frozenset("of and the".split())
# The small words inside a name an answer may be ("Bank of England", "Marks & Spencer",
# "Stratford upon Avon", "Ruud van Nistelrooy")
QA_NAME_JOINS: Final = QA_RUN_LINKS | frozenset("de la le du van von der da di del & upon".split())
# The endings of a web address, which names a site or sender in lower case ("an
# fbi.gov address", "a website called latinohiphopradio.com")
QA_WEB_ENDINGS: Final = frozenset("com org net gov info biz tv uk".split())
# Of the small words, those that never end a name ("Bank of", "Marks &"): cut from its end
QA_NAME_TAIL_LINKS: Final = frozenset("of and the for & on in de".split())
# Verbs after an opening "It" that stands for nothing before it: "It is thought that…",
# "It would be wrong…", "It seems…", "It means…"
QA_IT_STANDS_FOR_NOTHING: Final = frozenset(
    """is was would will could may might must should can seems seemed appears appeared
    remains remained means meant comes came looks looked emerged""".split()
)
# "It has been…", "It had been…": a perfect "be" after "It", which stands for nothing before
QA_IT_PERFECT: Final = frozenset("has had".split())
QA_PRONOUN_OPENERS: Final = frozenset("But And However Meanwhile Yet So Now Instead Still".split())
QA_BODY_FOCUS: Final = frozenset("band group team side club firm company country nation".split())
QA_WORDING_NOUNS: Final = frozenset(
    "slogan catchphrase motto phrase word words nickname message headline term".split()
)
# Role words that are also plain adjectives and nouns, so no modifier of a name
QA_ROLES_NOT_MODIFIERS: Final = frozenset("first state general home".split())
# Plurals among the irregular forms that are not verbs
QA_IRREGULAR_PLURALS: Final = frozenset("children men women people".split())
# "What injury is keeping him out?", "what charge does he face?": a noun whose answer is a
# common phrase ("a hamstring problem"), not a name
QA_AILMENT_NOUNS: Final = frozenset(
    "injury injuries illness condition disease ailment problem complaint".split()
)
QA_CHARGE_NOUNS: Final = frozenset(
    "charge charges offence offences crime crimes allegation allegations accusation".split()
)
# How news prose writes the phrase an ailment or charge noun asks for: "a hamstring
# problem", "a knee injury" (a head word); "charged with fraud" (after a cue).
QA_AILMENT_HEADS: Final = frozenset(
    """injury injuries problem problems strain knock tear fracture sprain illness infection
    virus bug complaint condition disease trouble niggle""".split()
)
QA_CHARGE_CUES: Final = (
    "charged with",
    "accused of",
    "convicted of",
    "guilty of",
    "suspicion of",
    "arrested for",
    "charges of",
    "allegations of",
)
# The nouns of "which city…" and "which country…": a country is no city's answer, and a
# name the lexicon knows as a country (or its adjective) is a country's
QA_CITY_NOUNS: Final = frozenset("city cities town towns village capital".split())
QA_COUNTRY_NOUNS: Final = frozenset("country countries nation nations".split())
# The things a country may stand for: "which team…" is answered by "Wales"; a country is
# no newspaper, film, firm or radio service ("four US radio stations")
# Words for the whole world or a continent, which with the names of countries and their
# adjectives say where a figure is counted ("sold 20 million worldwide", "in France")
QA_WORLD_SCOPES: Final = frozenset("worldwide global globally".split())
QA_REGION_SCOPES: Final = frozenset("europe asia africa america".split())
QA_COUNTRY_AS: Final = frozenset("team teams side sides squad squads".split())
# Nouns for a place that is not a name: "died at his home", "was taken to hospital".
QA_PLACE_ANSWER_NOUNS: Final = frozenset(
    """home house flat apartment hospital clinic hotel office offices headquarters
    studio studios stadium ground arena theatre cinema church school university college
    prison jail court courthouse station airport port harbour factory plant mine farm
    shop store restaurant bar club villa mansion estate palace embassy camp base""".split()
)
# Words a reader uses for what news prose calls otherwise; each group is one meaning.
QA_SYNONYMS: Final = (
    ("film", "movie"),
    ("firm", "company", "group"),
    ("boss", "chief", "head"),
    ("purchase", "buy", "acquire", "acquisition", "takeover"),
    ("uk", "britain", "british", "briton"),
    ("us", "america", "american"),
    ("profit", "earning"),
    ("job", "post", "role"),
    ("tv", "television"),
    ("phone", "telephone", "mobile", "handset"),
    ("car", "vehicle"),
    ("cost", "price"),
    ("kill", "die", "death", "dead"),
    ("injury", "injure"),
    ("election", "poll", "vote"),
    ("sack", "dismiss", "fire"),
    # to retire from a post is to step down from it: "when did she retire?" of "stepped down"
    ("quit", "resign", "resignation", "step", "step-down", "stand-down", "retire", "retirement"),
    ("rise", "increase", "up", "climb", "jump", "grow", "growth", "gain"),
    ("fall", "drop", "decline", "down", "slide", "cut", "lose", "slip"),
    ("award", "prize"),
    ("song", "single", "track"),
    ("album", "lp"),
    ("goal", "score"),
    ("star", "actor"),
    ("deficit", "gap", "shortfall"),
    ("host", "present", "front"),
    ("trigger", "spark", "prompt", "cause", "set-off"),
    # "who started the label?" of one "founded" or "set up": to start a thing is to found it
    ("start", "begin", "commence", "establish", "founded", "create", "set-up"),
    ("show", "screen", "broadcast", "air"),
    ("say", "tell", "claim"),
    ("name", "crown"),
    ("manager", "coach"),
    ("minister", "secretary"),
    ("athlete", "runner"),  # a report names its runner "the athlete" after once
    ("marry", "married", "wed", "husband", "wife", "spouse"),  # "wed", "wedding"
    ("contest", "competition", "tournament"),
    ("meet", "gather"),
    ("chairman", "chair"),
    ("tory", "conservative"),
    # verbs and nouns of news events a reader words otherwise than the report
    ("beat", "defeat", "lose-out"),  # "A lost out to B": B beat A
    ("match", "game", "fixture"),
    ("fan", "supporter"),
    ("child", "kid", "kids", "youngster"),
    ("base", "headquarter", "headquarters"),  # "where is X headquartered?": "based in"
    ("contract", "deal"),
    ("concert", "gig"),
    ("arrest", "detain"),
    ("ban", "prohibit"),
    ("reveal", "disclose", "unveil"),
    ("need", "require"),
    ("reply", "respond", "response", "answer"),
    ("investigate", "investigation", "probe", "inquiry", "enquiry"),
    ("worker", "employee", "staff", "work", "employ"),  # "worked in": "a staff of"
    ("customer", "consumer", "shopper"),
    ("law", "legislation"),
    ("study", "research", "survey"),
    ("win", "winner", "victory"),
    ("scrap", "abolish", "axe", "ditch"),
    ("identity", "id"),
    ("recover", "recovery"),
    ("terror", "terrorist", "terrorism"),
    ("happen", "occur"),
    ("replace", "replacement", "successor"),  # "the successor to X": the one who replaced X
    ("link", "ties"),  # "close ties with": "strong links with" (not "tie", a cup match)
    ("mainly", "mostly", "largely", "chiefly"),  # "set mainly in": "mostly set in"
    ("economy", "economic"),
    ("return", "comeback"),
    ("talk", "discuss", "discussion", "negotiation", "negotiate"),
    ("apply", "applicant", "application"),
    # a country and its adjective: "the Bulgaria coach" is "the Bulgarian manager", and
    # "a Welsh runner" a "Welshman"; "which Swedish town" is in "Sweden"
    ("bulgaria", "bulgarian"),
    ("russia", "russian"),
    ("australia", "australian"),
    ("italy", "italian"),
    ("france", "french", "frenchman", "frenchwoman"),
    ("germany", "german"),
    ("ireland", "irish", "irishman", "irishwoman"),
    ("wales", "welsh", "welshman", "welshwoman"),
    ("scotland", "scottish", "scotsman", "scotswoman", "scot"),
    ("england", "english", "englishman", "englishwoman"),
    ("spain", "spanish"),
    ("china", "chinese"),
    ("japan", "japanese"),
    ("india", "indian"),
    ("brazil", "brazilian"),
    ("europe", "european"),
    ("africa", "african"),
    ("sweden", "swedish", "swede"),
    ("norway", "norwegian"),
    ("denmark", "danish"),
    ("finland", "finnish"),
    ("iceland", "icelandic"),
    ("greece", "greek"),
    ("netherlands", "dutch", "holland"),
    ("portugal", "portuguese"),
    ("poland", "polish"),
    ("belgium", "belgian"),
    ("austria", "austrian"),
    ("switzerland", "swiss"),
    ("canada", "canadian"),
    ("mexico", "mexican"),
    ("argentina", "argentinian", "argentine"),
    ("israel", "israeli"),
    ("iran", "iranian"),
    ("iraq", "iraqi"),
    ("pakistan", "pakistani"),
    ("korea", "korean"),
    ("egypt", "egyptian"),
    ("kenya", "kenyan"),
    ("ethiopia", "ethiopian"),
    ("nigeria", "nigerian"),
    ("ukraine", "ukrainian"),
)
# Phrasal verbs read as one word, each with the word it means: a reader asks why police
# "pulled over" a car the report says they "stopped", or when a gig was "called off" that
# was "cancelled". The standard dictionary sense of each; a phrasal verb read as itself
# ("set-up", "buy-back") meets the noun written as one word ("a set-up", "the buyback")
# and its own synonym group. Matched on the verb's stem, so every form is covered.
QA_PHRASAL_VERBS: Final = (
    ("set up", "set-up"),
    ("set off", "set-off"),
    ("step down", "step-down"),
    ("stand down", "stand-down"),
    ("lose out", "lose-out"),
    ("buy back", "buy-back"),
    ("pull over", "stop"),
    ("call off", "cancel"),
    ("break up", "split"),
    ("split up", "split"),
    ("pull out", "withdraw"),
    ("drop out", "withdraw"),
    ("put off", "postpone"),
    ("turn down", "reject"),
    ("rule out", "exclude"),
    ("lock up", "detain"),
    ("lay off", "dismiss"),
    ("shut down", "close"),
    ("close down", "close"),
    ("carry out", "conduct"),
    ("find out", "discover"),
    ("pay out", "pay"),
    ("hand over", "give"),
    ("give back", "return"),
    ("come back", "return"),
    ("go back", "return"),
    ("kick off", "start"),
    ("go up", "rise"),
    ("go down", "fall"),
    ("step up", "increase"),
    ("cut back", "cut"),
    ("scale back", "cut"),
    ("snap up", "buy"),
    ("buy up", "buy"),
    ("sell off", "sell"),
    ("walk out", "walk-out"),
    ("crack down", "crack-down"),
    ("fight back", "fight-back"),
    ("hit out", "criticise"),
    ("pass away", "die"),
    ("wipe out", "destroy"),
    ("knock out", "eliminate"),
    ("sort out", "resolve"),
    ("back up", "support"),
)
# Words that say what kind of answer is wanted; they are not looked for in the sentence.
QUESTION_WORDS: Final = frozenset(
    """how many much long often far old big large high low fast tall heavy when where who
    whom whose why what which does do did is are was were has have had will would can could
    should tell me please know happen happened happens place approximately roughly exactly
    precisely whats""".split()
)
# Of QUESTION_WORDS, those that ask a measure only after "how" ("how high", "how long"):
# elsewhere they are the question's own words ("the high jump", "a long-term deal").
QA_HOW_MEASURES: Final = frozenset("long far old big large high low fast tall heavy".split())
QA_PLURAL_NOUNS: Final = frozenset("people men women children staff police".split())
# Determiners: after "which" ("which laptop part"), or opening a question's subject
QA_QUESTION_DETERMINERS: Final = frozenset(
    "the a an its their his her this that these those".split()
)
# Words before a head noun that say which or how many, not what kind: "which other country".
QA_PRE_HEAD: Final = frozenset("other another two three four five several".split())
QA_DO: Final = frozenset("did does do".split())
QA_NOT_STEMS: Final = frozenset("ca wo sha".split())  # "can't", "won't", "shan't"
# What a reader says about the story rather than in it: "…, in the story about the Commons
# ban?", "according to the report", "the article says": the frame is not looked for.
STORY_NOUNS: Final = frozenset("story article report piece item feature news".split())
# "What excuse did they give…", "what reason…": a noun that asks for a reason clause.
REASON_NOUNS: Final = frozenset(
    "excuse reason reasons explanation justification motive grounds".split()
)
# The particle of a phrasal verb joined to its verb ("stepped-down"): the verb is stemmed
# alone, so that "stood down" and "stand down" meet.
QA_PARTICLES: Final = frozenset("up off down out over back away".split())
# Verbs in the plural after "who": "Virgin Radio, who are keen…" speaks of a body (a firm, a
# band, a club), as British news prose does; a single person "is" or "has"
QA_PLURAL_AFTER_WHO: Final = frozenset("are were have".split())
# Verbs ending in -ee, whose past ends in -eed ("agreed", "freed"): the stemmer cuts the
# -d of those alone; "speed", "need", "seed" and "succeed" are words of their own.
QA_EE_VERBS: Final = frozenset("agree disagree free guarantee decree referee".split())
QA_NAME_GLUE: Final = frozenset("of and for the de on".split())
# Endings of adjectives a reader writes where an article has other words ("jobless" for
# "lost their jobs", "historic", "dangerous"): a missing one is a paraphrase, not a
# thing the story never speaks of.
QA_ADJECTIVE_ENDINGS: Final = ("less", "ful", "ous", "ive", "able", "ible", "al", "ic", "ish")
