"""Given names, for telling a person from a band, a team or a place in a "who" answer.

The lexicon's gendered lists serve quote attribution ("she" after "Mrs Clinton") and
hold the names of its political news; readers of sport, arts and business news ask about
"Sally Gunnell", "Clive Owen" and "Juliette Turner" too. These are common given names of
Britain, Ireland, Europe and beyond, added to the lexicon's for question answering only.
Names that are also everyday words or places ("Will", "Hope", "Florence") are left out:
a capitalised "Hope" opening a sentence is not a person."""

from __future__ import annotations

from bot.articles.lexicon import FEMALE_NAMES, MALE_NAMES

_MORE = frozenset(
    """
    abbie ada adele agnes aileen alexandra alicia alisha alma amelia amelie anastasia
    andie angelina angelique anita anne annette annie antonia arabella ariana
    audrey ava beatrice belinda bella bernadette beth bethany beyonce bianca billie
    brigitte britney brooke camilla candice cara carina carly cassandra catriona cecilia
    celine charlene charlie cher chloe christie cilla clara claudia colette connie
    cora corinne daisy daphne davina deirdre delia dolly dora edith eileen elena
    eliza ella ellie eloise elsa elsie emilia emmeline esther eva eve felicity fern
    fiona flora frankie freya gail gemma georgina geraldine gillian giselle gwyneth
    hayley hazel heidi helena hermione hilda ingrid iris isabel isabelle isla jade
    janis jeanette jemima jenny jess jessie jo joanna joanne jocelyn jodie josephine
    judi julianne juliet juliette justine kara kathy keira kerry kim kirsty kylie lara
    leah leanne leona lesley lily linsey liz lorna lorraine louise lulu lynn lynne
    mabel madonna maggie mandy marcia margot marianne marina marion martina maureen
    maxine meg mel mia mildred millie minnie miranda moira muriel nadia naomi natasha
    nell nellie nina nora norah odette olga paloma pat paige patsy pauline penelope
    penny petra philippa phoebe pippa polly priscilla queenie rebekah regina rhona
    rita roberta rosalind rosemary rosie roxanne sadie sally sandy sasha serena sheila
    shelley sian sienna simone sinead siobhan sonia sophie stella sue susie suzanne
    sybil tamsin tania tanya tara thelma tilly toni tracey tracy trudy una uma vera
    vicky viv vivian vivienne winifred yasmin yolanda yvonne zoe

    abdul adolfo adrian aidan alain alasdair alberto aldo alec alessandro alf alfie
    alfonso alfred alistair allan alonso alvaro amir anders andreas andrei angelo
    angus anton aristide armando arnaud arnold arsene arturo ashton aurelio
    barney barrie barry bart basil benedict benny bernard bert bertie bjorn boyd
    brad bradley brendan brett bruno bryn byron callum calvin cameron carlo carsten
    cecil cedric cesar charlie christophe cillian ciaran clarence claude
    claudio cliff clifford clint clive clyde conor conrad cormac cristiano cyril
    damian damien damon danny dadarius declan dejan denis dermot desmond dick
    didier diego dimitar dimitri dino dirk dominic dominik donal donovan duncan
    dwight eamon eamonn edgar edmund eduardo edwin elliot elliott elton emile emilio
    enrique ernest ernie ernst erik errol esteban ewan fabio fabien federico felipe
    felix fergus fernando filippo finlay francesco francis franco frankie franz
    fred freddie freddy frederick fredrik gareth garry gavin geoff geoffrey georg
    georges gerard gerrard gianluca gilbert gilberto gigiorgio giovanni gordon
    graeme grant guillaume gunnar gustavo hamish hans harvey heinz henri henrik
    herbert herman hugo humphrey ignacio ioan isaac ivor jake jamie jan jared
    jarrod jasper javier jay jean jens jeremiah jermaine jim jimi jimmy jocky joel
    johan johann johannes jonah jonny jorge josef josh jules julian julien julius
    jurgen karl karel keanu kenny kieran kieron kirk klaus kofi kris lance laurence
    laurent lennox lenny leo leonard leonardo les lester lewis lionel lorenzo luca
    lucas luciano ludovic ludovico luigi lukas magnus marcel marcello mario marius
    marko marlon marti martyn massimo mathieu matthias maurice mauricio max maxim
    maximilian mel melvin mervyn micah michel michele mickey miles milo mitchell
    morris murray nathaniel ned niall nicky niels nigel nikolai noel norman
    olaf oliver ollie omar oscar oswald otto owen pablo paolo pascal patrice
    patrik pavel percy perry phillip philippe pierce pierre piers quentin rafa ramon
    randall raoul raul reggie reginald rene rhys ricardo riccardo ricky rio robbie
    robin rod rodney rodrigo roland rolf roman romeo ronan ronnie rory ross rowan
    rui rupert russ rutger sacha salvatore sami sammy sandro sanjay santiago saul
    sebastian serge sergio seve shane shaun sid sidney sonny spencer stan
    stanley stefan stefano steffen stelios stephane stevie stewart stuart sven
    terence thierry tobias toby tommy torsten travis trevor tristan
    ulrich valentino vaughan vic victor vijay vinnie vito wade warren wes wesley
    wilf wilfred willem winston wyn xavier yannick yves zach zinedine
    """.split()
)

GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES | _MORE
