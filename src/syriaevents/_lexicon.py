"""Word tables for casualty assembly: victim nouns, trigger phrases, causes, attribution cues.

Every phrase is written folded (lower case, plain ASCII quotes and dashes) as words of letters
and hyphens joined by single spaces; :func:`phrase_table` indexes all tables by first word so
that one pass over the words of ``Doc.folded`` finds every phrase (any whitespace between words).

NOTE: keep these tables in sync with docs/casualties.md, which lists the conventions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .model import Cause, Side, Status, VictimGroup

_C = VictimGroup.CIVILIANS
_K = VictimGroup.CHILDREN
_W = VictimGroup.WOMEN
_M = VictimGroup.COMBATANTS
_P = VictimGroup.PEOPLE
_GOV = Side.GOVERNMENT

# A sentinel side: "jihadis" take the side of the jihadist group named before them.
JIHADI = "jihadi"


class Victim(NamedTuple):
    """What a victim noun says: its group, the side it implies, its grammatical number."""

    group: VictimGroup
    side: Side | str | None = None
    singular: bool = False
    body: bool = False  # "bodies were found" counts the dead
    inherit: bool = False  # "others", "more": the group of the report before


def _nouns(group: VictimGroup, words: str, side: Side | str | None = None) -> dict[str, Victim]:
    """Plural/singular pairs written "plural/singular"; a lone word is plural."""
    out: dict[str, Victim] = {}
    for item in words.split():
        plural, _, singular = item.partition("/")
        out[plural.replace("_", " ")] = Victim(group, side)
        if singular:
            out[singular.replace("_", " ")] = Victim(group, side, singular=True)
    return out


VICTIMS: dict[str, Victim] = {
    **_nouns(
        _C,
        """civilians/civilian residents/resident villagers/villager inhabitants/inhabitant
        citizens/citizen pedestrians/pedestrian worshippers/worshipper worshipers/worshiper
        displaced idps refugees/refugee farmers/farmer shepherds/shepherd students/student
        teachers/teacher doctors/doctor nurses/nurse medics/medic paramedics/paramedic
        rescuers/rescuer rescue_workers/rescue_worker aid_workers/aid_worker workers/worker
        journalists/journalist photographers/photographer activists/activist
        volunteers/volunteer patients/patient passengers/passenger protesters/protester
        staff medical_staff health_workers/health_worker medical_workers/medical_worker
        protestors/protestor demonstrators/demonstrator mourners/mourner shoppers/shopper
        civilian_people council_members/council_member employees/employee drivers/driver
        merchants/merchant traders/trader labourers/labourer laborers/laborer
        fishermen/fisherman migrants/migrant evacuees/evacuee pilgrims/pilgrim bystanders/bystander
        passers-by/passer-by guests/guest engineers/engineer reporters/reporter
        correspondents/correspondent cameramen/cameraman technicians/technician
        firefighters/firefighter clerics/cleric imams/imam priests/priest elders/elder
        pensioners/pensioner lawyers/lawyer surgeons/surgeon pharmacists/pharmacist
        council_officials/council_official locals shopkeepers/shopkeeper vendors/vendor
        bakers/baker mukhtars/mukhtar village_heads/village_head""",
    ),
    **_nouns(
        _P,
        """people persons/person individuals/individual men/man youths/youth young_men
        prisoners/prisoner detainees/detainee hostages/hostage sons/son brothers/brother
        relatives/relative victims/victim husbands/husband fathers/father family_members
        teenagers/teenager officials/official inmates/inmate smugglers/smuggler
        cousins/cousin nephews/nephew uncles/uncle grandfathers/grandfather sheikhs/sheikh
        foreigners nationals deputies/deputy neighbours/neighbour neighbors/neighbor
        friends/friend companions/companion""",
    ),
    # People named by faith or origin ("90 Assyrian Christians", "40 Yazidis", "two
    # Iranians"): plural only, as the singular stands before a noun ("two Christian women").
    **_nouns(
        _P,
        """christians assyrians yazidis alawites kurds shiites sunnis armenians tribesmen/tribesman
        bedouins syrians iranians iraqis afghans pakistanis palestinians lebanese turks russians
        americans""",
    ),
    **_nouns(
        _K,
        """children/child kids/kid boys/boy girls/girl minors/minor infants/infant babies/baby
        toddlers/toddler schoolchildren schoolboys/schoolboy schoolgirls/schoolgirl
        daughters/daughter grandchildren/grandchild pupils/pupil""",
    ),
    **_nouns(
        _W,
        """women/woman wives/wife mothers/mother sisters/sister aunts/aunt
        grandmothers/grandmother""",
    ),
    **_nouns(
        _M,
        """soldiers/soldier troops conscripts/conscript servicemen/serviceman pilots/pilot
        loyalists/loyalist shabiha regime_forces government_forces army_troops
        pro-regime_fighters pro-regime_militiamen pro-government_fighters regime_troops
        regime_soldiers army_soldiers""",
        _GOV,
    ),
    **_nouns(_M, "rebels/rebel opposition_fighters/opposition_fighter", Side.REBELS),
    **_nouns(_M, "jihadis/jihadi jihadists/jihadist", JIHADI),
    **_nouns(
        _M,
        """fighters/fighter militants/militant insurgents/insurgent extremists/extremist
        terrorists/terrorist gunmen/gunman members/member commanders/commander leaders/leader
        bombers/bomber suicide_bombers/suicide_bomber attackers/attacker assailants/assailant
        operatives/operative
        officers/officer personnel forces combatants/combatant mercenaries/mercenary
        guards/guard bodyguards/bodyguard escorts/escort policemen/policeman elements
        snipers/sniper allies militiamen/militiaman recruits/recruit security_forces
        police_officers/police_officer crew crew_members/crew_member crewmen/crewman
        aides/aide comrades/comrade generals/general colonels/colonel brigadiers/brigadier
        lieutenants/lieutenant captains/captain sergeants/sergeant advisers/adviser
        advisors/advisor airmen/airman sailors/sailor marines/marine cadets/cadet
        gendarmes/gendarme paratroopers/paratrooper commandos/commando
        combattants/combattant""",  # the French spelling, seen in wire copy
    ),
}
for _word in ("bodies", "corpses"):
    VICTIMS[_word] = Victim(_P, body=True)
for _word in ("body", "corpse"):
    VICTIMS[_word] = Victim(_P, singular=True, body=True)
for _word in ("others", "more"):
    VICTIMS[_word] = Victim(_P, inherit=True)

# Words that may stand between a figure and its victim noun ("29 Syrian rebels").
MODIFIERS = frozenset(
    """
    syrian syria local foreign civilian female male young elderly old unarmed innocent more
    other armed military security police elite senior top high-ranking ranking special allied
    militia paramilitary national defence defense popular republican guard army state islamic
    free unidentified unknown displaced little small teenage adult suspected alleged additional
    further fellow pro-regime pro-government pro-assad regime government rebel opposition
    jihadi islamist isis isil is daesh nusra hts qaeda al-qaeda kurdish ypg sdf qsd turkish
    russian iranian hezbollah american us u.s. israeli iraqi afghan lebanese palestinian
    shiite sunni alawite christian druze foreign-backed new-born newborn same entire whole
    field moderate hardline hard-line radical former ex retired veteran off-duty active reserve
    tribal pregnant unborn regular rival enemy fleeing trapped besieged starving sleeping
    praying defenceless defenseless heavily lightly well-armed newly trained masked low-ranking
    mid-ranking top-ranking
    """.split()
    # What befell them, as an adjective: "three wounded fighters later died", "IS executed 15
    # captured soldiers" (the toll's verb is read after or before them).
    + "wounded injured captured detained abducted kidnapped".split()
    # Nouns that tell where people worked or what they drove: "four truck drivers", "three
    # bakery workers", "two aid convoy workers" (a closed list: a free word before a victim
    # noun may as well end a clause).
    + """
    truck trucks lorry bus taxi ambulance tanker convoy factory bakery hospital clinic school
    university aid relief humanitarian charity media news tv television radio construction
    farm oil power plant station water electricity road border health camp prison market
    municipal church mosque
    """.split()
)
# Modifier words that tell a combatant's side ("Turkish soldier", "rebel commanders").
SIDE_WORDS: Mapping[str, Side] = {
    **dict.fromkeys(
        "regime government army pro-regime pro-government pro-assad loyalist".split(), _GOV
    ),
    **dict.fromkeys("rebel opposition fsa".split(), Side.REBELS),
    **dict.fromkeys("isis isil daesh".split(), Side.ISLAMIC_STATE),
    **dict.fromkeys("nusra hts qaeda al-qaeda".split(), Side.AL_QAEDA),
    **dict.fromkeys("kurdish ypg sdf qsd".split(), Side.KURDISH),
    "turkish": Side.TURKEY,
    "russian": Side.RUSSIA,
    "iranian": Side.IRAN,
    "hezbollah": Side.HEZBOLLAH,
    "american": Side.COALITION,
    "israeli": Side.ISRAEL,
}
# Modifier suffixes: "Turkey-backed", "US-led", "IS-linked".
MODIFIER_SUFFIXES = ("-backed", "-led", "-linked", "-affiliated", "-allied", "-aligned")
# And prefixes: "pro-Turkey militants", "pro-Iranian fighters", "anti-government gunmen".
MODIFIER_PREFIXES = ("pro-", "anti-")


class Trigger(NamedTuple):
    """A word that reports what happened: "killed", "wounding", "the lives of"."""

    status: Status | None
    before: bool = False  # may stand before the figure: "killing 5"
    after: bool = False  # may follow the figure or victims: "5 killed", "5 were hurt"
    noun: bool = False  # a status noun that follows the figure directly: "5 deaths"
    plus_one: bool = False  # "killed along with 13 others" counts 14
    body: bool = False  # "were found" reports a death only for bodies
    toll: bool = False  # "death toll": a running total follows
    cumulative: bool = False  # "since", "so far": the sentence is a running total
    victims: bool = False  # only with a victim noun: "destroyed 60 terrorists", not "3 tanks"
    taken: bool = False  # a status noun only after a verb of taking: "claimed 20 lives"
    estimate: bool = False  # a toll that is the event's own, not a running total
    harm: bool = False  # harm from gas or to breathing: not read beside tear gas, dust storms
    led: bool = False  # a harm noun read only after "suffered", "from", "for", "with", "of"
    chemical: bool = False  # the phrase names a chemical attack: "affected by the gas"
    to_death: bool = False  # kills only with "to death" after its victims: "beat 2 men to death"
    owner: bool = False  # its subject owns the victims: "Hezbollah lost 8 fighters"


_KI = Status.KILLED
_WO = Status.WOUNDED
_KW = Status.KILLED_OR_WOUNDED


def _triggers(status: Status | None, words: str, **flags: bool) -> dict[str, Trigger]:
    return {w.replace("_", " "): Trigger(status, **flags) for w in words.split()}


# Harm from a chemical attack, counted as wounded (as monitors and ACLED do); a phrase that
# names gas, suffocation or asphyxiation names the cause too. "Affected" alone is no harm word
# ("villages affected by the power cut"): only with a war gas after it.
_WAR_GASES = """gas gases gasses chlorine chlorine_gas sarin sarin_gas toxic_gas toxic_gases
    toxic_gasses poison_gas poison_gases poisonous_gas poisonous_gases noxious_gas noxious_gases
    nerve_gas nerve_agent nerve_agents mustard_gas chemicals toxic_chemicals chemical_weapons
    chemical_weapon chemical_attack chemical_attacks chemical_strike gas_attack gas_attacks
    chlorine_attack chlorine_gas_attack toxic_gas_attack poison_gas_attack sarin_attack
    chemical_weapons_attack toxic_substances toxic_substance toxic_materials
    poisonous_substances chemical_substances""".split()
_GAS_HARM: dict[str, Trigger] = {
    f"{verb} {the}{gas}": Trigger(_WO, after=True, harm=True, chemical=True)
    for verb in ("affected by", "poisoned by", "poisoned with")
    for the in ("", "the ")
    for gas in (g.replace("_", " ") for g in _WAR_GASES)
}
# Harm nouns: "suffering from suffocation", "treated for asphyxiation", "with breathing
# difficulties"; as status nouns ("100 suffocation cases"); before a figure after a
# preposition ("causing cases of asphyxiation to 35 people", "suffocation among 20
# civilians"). Breathing difficulties name no cause (smoke and dust cause them too).
_CHOKING = """suffocation asphyxiation asphyxia gas_poisoning chlorine_poisoning
    chemical_poisoning gas_inhalation chlorine_inhalation"""
_BREATHING = """breathing_difficulties breathing_difficulty breathing_problems
    difficulty_breathing difficulties_breathing respiratory_problems respiratory_difficulties
    respiratory_distress"""
for _names, _chemical in ((_CHOKING, True), (_BREATHING, False)):
    for _name in _names.split():
        _n = _name.replace("_", " ")
        _GAS_HARM[_n] = Trigger(
            _WO, before=True, after=True, harm=True, led=True, chemical=_chemical
        )
        for _phrase in (f"cases of {_n}", f"{_n} cases"):
            _GAS_HARM[_phrase] = Trigger(_WO, before=True, noun=True, harm=True, chemical=_chemical)

TRIGGERS: dict[str, Trigger] = {
    # Verbs that work both ways: "Russian strikes killed 5" and "5 were killed".
    **_triggers(
        _KI,
        """killed slain murdered massacred executed beheaded martyred slaughtered
        assassinated shot_dead shot_and_killed gunned_down gassed hanged
        stoned_to_death found_shot""",
        before=True,
        after=True,
    ),
    **_triggers(_WO, "wounded injured", before=True, after=True),
    **_triggers(
        _KW,
        """killed_and_wounded killed_or_wounded killed_and_injured killed_or_injured
        dead_or_wounded dead_and_wounded dead_or_injured""",
        before=True,
        after=True,
    ),
    # Headlines with the commas stripped: "175 Nusra Terrorists Killed Injured".
    **_triggers(_KW, "killed_injured killed_wounded dead_injured dead_wounded", after=True),
    # Military statements: "destroyed over 60 terrorists", "eliminated 20 militants".
    **_triggers(
        _KI,
        """destroyed destroying destroy destroys eliminated eliminating eliminate eliminates
        neutralized neutralised neutralizing neutralising liquidated liquidating wiped_out
        wiping_out wipes_out""",
        before=True,
        victims=True,
    ),
    # A side's or a family's dead: "the regiment lost 30 men", "a mother who lost two
    # children"; not "lost 3 tanks" (no victims) nor "lost their lives" (a phrase of its own).
    **_triggers(_KI, "lost losing", before=True, victims=True, owner=True),
    **_triggers(Status.CAPTURED, "captured", before=True, after=True),
    # A military claim that does not say which: "killed or captured 40 soldiers".
    **_triggers(
        Status.KILLED_OR_CAPTURED,
        """killed_or_captured killed_or_arrested killed_or_detained killed_or_taken_prisoner
        killed_and_captured dead_or_captured""",
        before=True,
        after=True,
    ),
    **_triggers(Status.ABDUCTED, "abducted kidnapped", before=True, after=True),
    **_triggers(Status.ARRESTED, "arrested detained", before=True, after=True),
    # Headlines and -ing clauses: "IS kidnaps 90 Assyrian Christians", "abducting 12".
    **_triggers(Status.ABDUCTED, "kidnaps kidnap kidnapping abducts abduct abducting", before=True),
    **_triggers(Status.ARRESTED, "arrests detains arresting detaining", before=True),
    **_triggers(Status.RELEASED, "released freed", before=True, after=True),
    # Only before the figure.
    **_triggers(
        _KI,
        """killing kills kill executing executes execute beheading beheads behead murders
        slaughtering slaughters massacring massacres gassing shoots_dead guns_down
        shooting_dead claiming_the_lives_of claimed_the_lives_of claim_the_lives_of
        claims_the_lives_of lives_of death_of deaths_of killing_of claiming_the_life_of
        claimed_the_life_of claims_the_life_of claim_the_life_of life_of
        execution_of bodies_of body_of corpses_of corpse_of
        shot_and_killing""",
        before=True,
    ),
    **_triggers(
        _WO,
        "wounding injuring wounds injures injury_of injuring_of wounding_of",
        before=True,
    ),
    **_triggers(
        _KW,
        """killing_and_wounding killing_or_wounding killing_and_injuring killing_or_injuring
        killed_and_wounding death_and_injury_of death_and_injury_of
        deaths_and_injuries_of killing_and_wounding_of killing_and_injuring_of""",
        before=True,
    ),
    # Before a figure ("casualties among 20 civilians") or after one, a status noun whose
    # victims follow ("12 casualties among the civilians").
    **_triggers(_KW, "casualties_among", before=True, noun=True),
    **_triggers(
        Status.ARRESTED, "arresting arrests detaining detains arrest_of rounded_up", before=True
    ),
    **_triggers(
        Status.ABDUCTED,
        "abducting kidnapping kidnaps abducts abduction_of kidnapping_of",
        before=True,
    ),
    **_triggers(Status.CAPTURED, "capturing captures capture_of", before=True),
    **_triggers(Status.RELEASED, "releasing freeing release_of", before=True),
    **_triggers(Status.MISSING, "disappearance_of", before=True),
    # A bomber's victims: "killing himself and 12 soldiers" counts the 12 (the bomber is the
    # attacker, not one of them).
    **_triggers(
        _KI,
        "killing_himself_and killing_herself_and killed_himself_and killed_herself_and",
        before=True,
    ),
    # "X was killed along with 13 other soldiers" counts X too.
    **_triggers(
        _KI,
        """killed_along_with killed_alongside killed_together_with killing_him_and
        killing_her_and killed_him_and killed_her_and died_along_with died_alongside
        died_together_with perished_along_with""",
        before=True,
        plus_one=True,
    ),
    **_triggers(
        _WO,
        "wounded_along_with injured_along_with wounding_him_and injuring_him_and",
        before=True,
        plus_one=True,
    ),
    # Only after the figure or the victims.
    **_triggers(
        _KI,
        """dead died die dies perished lost_their_lives lost_his_life lost_her_life
        succumbed found_dead""",
        after=True,
    ),
    # Deaths told by how they came: "three women starved to death", "two infants froze to
    # death", "four children drowned" (before the victims, see below). Not "suffocated":
    # Syrian reports write it of survivors ("dozens suffocated", treated for breathing
    # problems) as often as of the dead.
    **_triggers(
        _KI,
        """starved_to_death froze_to_death frozen_to_death burned_to_death burnt_to_death
        choked_to_death crushed_to_death beaten_to_death tortured_to_death stabbed_to_death
        suffocated_to_death drowned""",
        after=True,
    ),
    # The same before the victims, which "to death" (or "alive") must then follow: "beat two
    # men to death", "tortured 12 detainees to death", "burned a pilot alive"; "starved
    # 40,000 people" alone is no toll.
    **_triggers(
        _KI,
        """beat beating tortured torturing stoned stoning burned burning burnt stabbed
        stabbing hacked hacking crushed crushing starved starving""",
        before=True,
        to_death=True,
    ),
    **_triggers(_WO, "hurt", after=True),
    # A part of a toll told before: "5 rebels were among the dead", "the dead included 5".
    **_triggers(
        _KI,
        """among_the_dead among_the_victims among_those_killed among_the_killed
        among_the_fatalities dead_included victims_included killed_included""",
        after=True,
    ),
    **_triggers(Status.MISSING, "missing disappeared unaccounted_for", after=True),
    **_triggers(Status.CAPTURED, "taken_prisoner taken_captive", after=True),
    **_triggers(Status.ABDUCTED, "taken_hostage", after=True),
    # Bodies "were found"; these verbs also stand before them: "rescuers recovered 40 bodies".
    **_triggers(_KI, "found discovered pulled", after=True, body=True),
    **_triggers(
        _KI,
        "recovered retrieved unearthed exhumed pulled_out recovering retrieving",
        before=True,
        after=True,
        body=True,
    ),
    # Status nouns straight after the figure: "18 deaths", "3 fatalities".
    **_triggers(_KI, "deaths death fatalities fatality martyrs martyr killed_people", noun=True),
    # "The blast claimed 20 lives", "took 20 lives", "cost 20 lives"; not "saved 20 lives".
    **_triggers(_KI, "lives", noun=True, taken=True),
    **_triggers(_KW, "casualties casualty", noun=True),
    **_triggers(_WO, "injuries wounded_people", noun=True),
    **_GAS_HARM,
    # A running total: "the death toll rose to 68".
    **_triggers(
        _KI,
        """death_toll toll number_of_dead number_of_deaths number_of_victims
        number_of_fatalities number_of_martyrs number_of_people_killed
        number_of_those_killed fatality_toll number_killed number_dead""",
        toll=True,
    ),
    # An analyst's estimate of the event's toll (ACLED notes): "Fatalities coded to 10".
    **_triggers(_KI, "fatalities_coded fatalities_estimated", toll=True, estimate=True),
    **_triggers(_KW, "casualty_toll number_of_casualties", toll=True),
    **_triggers(
        _WO, "number_of_wounded number_of_injured number_wounded number_injured", toll=True
    ),
    # "The number of civilians killed rose to 45": the victims are named inside the trigger.
    # The main nouns only: the scan tries the phrases after "number of" one by one, and "a
    # number of" is common (all victim nouns cost casualties 14% more instructions).
    **{
        f"number of {noun} {word}": Trigger(status, toll=True)
        for noun in """civilians children women soldiers troops fighters rebels militants
        jihadists combatants""".split()
        for word, status in (("killed", _KI), ("dead", _KI), ("wounded", _WO), ("injured", _WO))
    },
    # Words that make a sentence's toll a running total.
    **_triggers(
        None,
        "since so_far thus_far until_now overall",
        cumulative=True,
    ),
}

CAUSES: dict[str, Cause] = {}


def _causes(cause: Cause, words: str) -> None:
    for w in words.split():
        CAUSES[w.replace("_", " ")] = cause


_causes(
    Cause.AIRSTRIKE,
    """air_strike air_strikes airstrike airstrikes air-strike air-strikes air_raid air_raids
    airraid airraids raid raids warplane warplanes war_planes war_plane jet jets fighter_jet
    fighter_jets plane airplane
    aircraft helicopter helicopters aerial_bombardment aerial_attack aerial_attacks
    air_attack air_attacks bombing_raid bombing_raids drone_strike drone_strikes drone
    drones strike strikes air_bombardment planes airplanes aerial_assault aerial_campaign
    air_campaign aerial_bombing aerial_bombings air_bombing bombing_campaign bombing_run
    bombing_runs cluster_bomb cluster_bombs vacuum_bomb vacuum_bombs thermobaric_bomb
    thermobaric_bombs parachute_bomb parachute_bombs""",  # bombs only aircraft drop
)
_causes(
    Cause.BARREL_BOMB,
    """barrel_bomb barrel_bombs barrel-bomb barrel-bombs barrel_bombing container_bomb
    container_bombs explosive_barrel explosive_barrels""",
)
_causes(
    Cause.SHELLING,
    """shelling shelled shell shells mortar mortars mortar_fire artillery artillery_fire
    tank_fire bombardment shellfire shelling_attack""",
)
_causes(Cause.ROCKET, "rocket rockets rocket_fire rocket_attack rpg rpgs grad_rockets")
_causes(Cause.MISSILE, "missile missiles missile_strike missile_strikes cruise_missiles")
_causes(
    Cause.CAR_BOMB,
    """car_bomb car_bombs car-bomb car_bombing car_bombings booby-trapped_car
    booby-trapped_vehicle booby_trapped_car booby_trapped_vehicle bomb-laden_car vbied vbieds
    truck_bomb explosive-laden_vehicle explosive-laden_car""",
)
_causes(
    Cause.SUICIDE_BOMBING,
    """suicide_bomber suicide_bombers suicide_bombing suicide_bombings suicide_attack
    suicide_attacks suicide_car_bomb suicide_operation suicide_operations suicide_vest
    blew_himself_up suicide_attacker suicide_blast suicide_blasts suicide_explosion
    suicide_car_bombing suicide_truck_bomb""",
)
_causes(
    Cause.IED,
    """ied ieds improvised_explosive_device roadside_bomb roadside_bombs sticky_bomb
    explosive_device explosive_devices roadside_ied""",
)
_causes(Cause.LANDMINE, "landmine landmines land_mine land_mines mine mines unexploded")
_causes(
    Cause.EXPLOSION,
    "explosion explosions blast blasts bomb bombs bombing bombings exploded detonated grenade",
)
_causes(
    Cause.CHEMICAL,
    """chemical chlorine sarin toxic_gas toxic_gases poison_gas gas_attack noxious_gases
    noxious_gas mustard_gas nerve_agent nerve_gas poisonous_gas gassing gassed
    chemical_weapons gas_attacks by_gas gas_kills gas_killed gas_killing toxic_gasses""",
)
_causes(
    Cause.GUNFIRE,
    """gunfire shot shooting shootings gunshot gunshots gun_shot bullets opened_fire
    machine-gun_fire machine_gun_fire gun_fire shot_dead gunned_down""",
)
_causes(Cause.SNIPER, "sniper snipers sniper_fire")
_causes(Cause.CLASHES, "clashes clash clashed fighting battles battle firefight skirmishes")
_causes(
    Cause.EXECUTION,
    """executed executes execute execution executions executing beheaded beheads behead
    beheading beheadings summarily_executed
    crucified crucifixion crucifixions summary_killing summary_killings summary_execution
    summary_executions field_execution field_executions slit_the_throats slit_their_throats
    slit_his_throat throats_slit shot_in_the_head shot_them_in_the_head
    shoot_them_in_the_head firing_squad stoned_to_death hanged found_shot
    for_spying of_spying on_charges_of on_charge_of on_the_charge_of on_the_charges_of
    for_collaborating for_collaboration for_apostasy for_blasphemy for_sorcery
    for_witchcraft for_treason for_desertion for_deserting for_insulting""",
)
_causes(Cause.TORTURE, "torture tortured")
# Deaths by siege are deaths by hunger: "starving", "died of hunger" (not "hunger strike").
_causes(Cause.SIEGE, "siege starvation starved starving of_hunger from_hunger malnutrition")

# Phrases that hold a cause word but name no weapon: prisoners "on hunger strike" and a
# "general strike" in a town are no air strike. Read as cause phrases with no cause (None),
# they cover the word inside them, and the scan drops them (_casualties._scan_lexicon).
NOT_CAUSES = frozenset(
    {"hunger strike", "hunger strikes", "general strike", "general strikes", "strike action"}
)


# Phrases that hold a toll's words but report no death: "saved the lives of 12 people".
# Read as trigger phrases with no trigger (None), they cover "the lives of" inside them, and
# the scan drops them (_casualties._scan_lexicon).
NOT_TRIGGERS = frozenset(
    f"{verb} the {noun} of"
    for verb in ("save", "saves", "saved", "saving")
    for noun in ("life", "lives")
)
# The verbs of taking a life before a figure that a ``taken`` status noun follows.
TAKING = frozenset(
    "claim claims claimed claiming take takes took taking taken cost costs costing".split()
)


class Cue(NamedTuple):
    """An attribution word: a reporting verb, a hedge, or a generic source noun."""

    kind: str  # "verb", "according", "hedge", "source"
    value: str  # the hedge or the source's name; the verb itself otherwise


CUES: dict[str, Cue] = {}
for _w in "said says say saying told tells reported reports reporting announced confirmed".split():
    CUES[_w] = Cue("verb", _w)
for _w in "stated added adding quoted claimed claims claiming documented recorded".split():
    CUES[_w] = Cue("verb", _w)
CUES["according to"] = Cue("according", "according to")
for _w, _h in (
    ("reportedly", "reportedly"),
    ("allegedly", "allegedly"),
    ("purportedly", "allegedly"),
    ("denied", "denied"),
    ("denies", "denied"),
):
    CUES[_w] = Cue("hedge", _h)
for _phrase, _name in (
    ("activists", "activists"),
    ("local activists", "activists"),
    ("anti-regime activists", "activists"),
    ("opposition activists", "activists"),
    ("media activist", "activists"),
    ("observatory", "Syrian Observatory for Human Rights"),
    ("monitor", "monitor"),
    ("monitoring group", "monitor"),
    ("state media", "state media"),
    ("state television", "state media"),
    ("state tv", "state media"),
    ("state news agency", "state media"),
    ("official media", "state media"),
    ("local sources", "local sources"),
    ("sources", "sources"),
    ("medical sources", "medical sources"),
    # One of them: "a medical source told Reuters", "a security source said".
    ("source", "sources"),
    ("medical source", "medical sources"),
    ("military source", "military sources"),
    ("military sources", "military sources"),
    ("security source", "security sources"),
    ("security sources", "security sources"),
    ("witness", "witnesses"),
    ("resident", "residents"),
    ("residents", "residents"),
    ("witnesses", "witnesses"),
    ("medics", "medics"),
    ("officials", "officials"),
    ("civil defence", "civil defence"),
    ("civil defense", "civil defence"),
    ("white helmets", "civil defence"),
    ("local media", "local media"),
    ("pro-regime media", "pro-regime media"),
):
    CUES[_phrase] = Cue("source", _name)
# "claimed" is a verb and a hedge: the verb entry wins the lookup; the hedge is read off it.
HEDGE_VERBS: Mapping[str, str] = {"claimed": "claimed", "claims": "claimed", "claiming": "claimed"}


Entry = tuple[str, tuple[tuple[tuple[str, ...], object, str], ...]]


def phrase_table(tables: Mapping[str, Mapping[str, object]]) -> dict[str, tuple[Entry, ...]]:
    """Index phrases by their first word: word -> ((category, alternatives), ...), where each
    alternative is (rest of words, payload, phrase), longest first, so that one pass over the
    words finds every phrase."""
    index: dict[str, dict[str, list[tuple[tuple[str, ...], object, str]]]] = {}
    for category, table in tables.items():
        for phrase, payload in table.items():
            words = tuple(phrase.split())
            by_category = index.setdefault(words[0], {})
            by_category.setdefault(category, []).append((words[1:], payload, " ".join(words)))
    return {
        word: tuple(
            (category, tuple(sorted(alts, key=lambda a: -len(a[0]))))
            for category, alts in by_category.items()
        )
        for word, by_category in index.items()
    }
