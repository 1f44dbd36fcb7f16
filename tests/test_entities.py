"""Entity extraction and resolution, one rule per table row."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from conftest import edge_rows
from graphkit.entities import entity_id
from graphkit.mentions import mentions_from_ents

# sentence, (label, type) that must be present as one node
PRESENT = [
    # a two-word name before "of" and a party's name is a person and the party, not one body
    ("Johannes Kaiser of the National Libertarian Party also backed Kast.",
     ("Johannes Kaiser", "PERSON")),
    ("Johannes Kaiser of the National Libertarian Party also backed Kast.",
     ("National Libertarian Party", "ORG")),
    # a dateline before a long dash; bases named after "at"; names of the tables
    ("Headline\n\nBRUSSELS — The European Union's trade commissioner urged the United States "
     "to act.", ("Brussels", "PLACE")),
    ("The two leaders also discussed the future of Russia's naval base at Tartus and its air "
     "base at Hmeimim.", ("Hmeimim", "PLACE")),
    ("Indian investigators said a car bomb was carried out by a cell linked to "
     "Jaish-e-Mohammed, a militant group based in Pakistan.", ("Jaish-e-Mohammed", "ORG")),
    ("Babis's ANO movement has formed a coalition with the Motorists for Themselves party.",
     ("Motorists for Themselves", "ORG")),
    # a dateline's capitals, with or without an agency; a body the model knows stays one
    ("ABUJA — Gunmen stormed a boarding school in Nigeria.", ("Abuja", "PLACE")),
    ("BOGOTA (Reuters) — Colombian President Gustavo Petro ordered his security forces.",
     ("Bogota", "PLACE")),
    ("NATO — The alliance said on Monday.", ("NATO", "ORG")),
    # a region before "state"; a spokesman named after the role; not a company's owner
    ("Gunmen stormed a boarding school in Nigeria's Kebbi state early on Monday. A vice "
     "principal was killed, the Kebbi state police command said.", ("Kebbi", "PLACE")),
    ("President Bola Tinubu ordered security agencies to rescue the girls. His spokesman, Bayo "
     "Onanuga, rejected Trump's claim.", ("Bayo Onanuga", "PERSON")),
    ("Beijing welcomed the decision but urged The Hague to fully return control of the company "
     "to its Chinese owner, Wingtech.", ("Wingtech", "ORG")),
    # a party named by its members' word
    ("Defence Minister Boris Pistorius, a Social Democrat, spoke.", ("Social Democrats", "ORG")),
    # the District of Columbia is Washington; the emirates; continents
    ("District of Columbia Attorney General Brian Schwalb welcomed the decision.",
     ("District of Columbia", "PLACE")),
    ("It was sailing from Sharjah in the United Arab Emirates to Singapore.", ("Sharjah", "PLACE")),
    # a well-known name and a place tagged one body
    ("Massad Boulos, a senior adviser to Trump on Africa, said Washington was pressing both "
     "sides.", ("Trump", "PERSON")),
    ("Massad Boulos, a senior adviser to Trump on Africa, said Washington was pressing both "
     "sides.", ("Africa", "PLACE")),
    # a name in a list of people under a plural title; "his rival X"
    ("He was taken to the Barbadillo prison east of Lima, where former presidents Alejandro "
     "Toledo, Ollanta Humala and Pedro Castillo are also held.", ("Ollanta Humala", "PERSON")),
    ("Trump warned that Washington would cut aid to Honduras if his rival Rixi Moncada won.",
     ("Rixi Moncada", "PERSON")),
    # a name before a lower-case "state" is a region
    ("The Arakan Army, an ethnic armed group that controls most of Rakhine state, said it "
     "would not allow voting.", ("Rakhine", "PLACE")),
    # a one-word name that was appointed is a person's
    ("A federal judge later dismissed the indictments against James and Comey, ruling that "
     "Halligan had been unlawfully appointed.", ("Halligan", "PERSON")),
    # cities of the wars in the news, which the model takes for people
    ("The Rwanda-backed group seized Goma and Bukavu earlier this year.", ("Goma", "PLACE")),
    ("The Rwanda-backed group seized Goma and Bukavu earlier this year.", ("Bukavu", "PLACE")),
    # a name before a word for an agency or service
    ("Israel's Supreme Court froze the government's decision to fire the head of the Shin Bet "
     "security agency, Ronen Bar.", ("Shin Bet", "ORG")),
    # a name so often in the news that one alone is the person
    ("Netanyahu will not attend after Sisi invited him at the request of Trump.",
     ("Trump", "PERSON")),
    # an untagged name after a kind of place and "of"
    ("Ukrainian forces struck an oil refinery in the Russian city of Saratov overnight.",
     ("Saratov", "PLACE")),
    ("Russian troops entered the town of Pokrovsk.", ("Pokrovsk", "PLACE")),
    # a field marshal's title before the name the model took for an organisation
    ("Pakistan's army chief, Field Marshal Asim Munir, met Donald Trump at the White House in "
     "June.", ("Asim Munir", "PERSON")),
    # a table place after its capitalised article; a party set beside "the ... party"
    ("Beijing welcomed the decision but urged The Hague to fully return control of the "
     "company to its Chinese owner, Wingtech.", ("The Hague", "PLACE")),
    ("Tanzanian President Samia Suluhu Hassan won after the main opposition party, Chadema, "
     "was barred from running.", ("Chadema", "ORG")),
    # a party's name without the word "party" after it; a particle joined by a hyphen
    ("The ruling Georgian Dream party, founded by billionaire Bidzina Ivanishvili, claimed "
     "victory.", ("Georgian Dream", "ORG")),
    ("Ethiopia's Prime Minister Abiy Ahmed inaugurated the Grand Ethiopian Renaissance Dam on "
     "the Blue Nile on Tuesday, calling it a source of pride for all Africans. Egypt, which fears "
     "the dam will reduce its share of the river's water, said it would take all measures to "
     "protect its interests.\nEgyptian President Abdel Fattah el-Sisi has repeatedly warned "
     "Ethiopia against filling the reservoir without a binding agreement.",
     ("Abdel Fattah el-Sisi", "PERSON")),
    ("Dutch voters handed the centrist D66 party a narrow victory.", ("Democrats 66", "ORG")),
    ("Jetten would seek a coalition with the Christian Democratic Appeal.",
     ("Christian Democratic Appeal", "ORG")),
    ("Trump arrived in South Korea for the Asia-Pacific Economic Cooperation summit.",
     ("Asia-Pacific Economic Cooperation", "ORG")),
    # a town "in" which things happen, alone or listed, against the model's person
    ("UN experts said Rwandan troops fought alongside M23 fighters when they captured Goma in "
     "January. The rebels have set up their own administration in Goma and Bukavu.",
     ("Goma", "PLACE")),
    ("UN experts said Rwandan troops fought alongside M23 fighters when they captured Goma in "
     "January. The rebels have set up their own administration in Goma and Bukavu.",
     ("Bukavu", "PLACE")),
    # a place before a date is no longer name
    ("Israeli troops killed three Palestinians in the occupied West Bank on Thursday, the "
     "Palestinian health ministry said.", ("West Bank", "PLACE")),
    # a place of two words the tables know, whatever the model called it
    ("The opposition Peronist movement, led by Buenos Aires Governor Axel Kicillof, conceded "
     "defeat.", ("Buenos Aires", "PLACE")),
    ("Shabana Mahmood replaced Yvette Cooper as home secretary.", ("Shabana Mahmood", "PERSON")),
    ("The M23 rebel group was not a party to the deal.", ("M23", "ORG")),
    # a name in apposition to a word for a body
    ("There is a widening scandal at the state nuclear power company, Energoatom.",
     ("Energoatom", "ORG")),
    # parties of the tables the model calls places
    ("Marine Le Pen's National Rally and the far-left France Unbowed tabled motions.",
     ("France Unbowed", "ORG")),
    # a given name from the tables outvotes the model's organisation
    ("Vivek Ramaswamy dropped out of the race and endorsed Trump.", ("Vivek Ramaswamy", "PERSON")),
    # a group's one-word alias before its members
    ("Houthi rebels seized a British-owned ship in the Red Sea.", ("Houthis", "ORG")),
    # a sentence opening with "By" is no byline
    ("By law, Joe Biden must sign the bill.", ("Joe Biden", "PERSON")),
    ("By Monday, Joe Biden had signed the bill.", ("Joe Biden", "PERSON")),
    # an untagged name whose first word is an adjective joined by "and"
    ("The Free and Equal Elections Foundation held two debates in October.",
     ("Free and Equal Elections Foundation", "ORG")),
    # a people named after its country is the country
    ("Armenians and Azerbaijanis protested in Paris.", ("Armenia", "PLACE")),
    # a lone surname the model tagged an organisation, listed with a person's full name
    ("Biden wrote that he would take this fight to Trump and Mike Pence.", ("Trump", "PERSON")),
    # a given name before a surname the model tagged a place
    ("Alexei Navalny, Russia's opposition leader, was jailed.", ("Alexei Navalny", "PERSON")),
    # the particles of a surname, which the model cut the name at
    ("Ursula von der Leyen, the president of the European Commission, visited Kyiv.",
     ("Ursula von der Leyen", "PERSON")),
    ("European Commission President Ursula von der Leyen visited Kyiv.",
     ("Ursula von der Leyen", "PERSON")),
    # a stray bar of wiki markup is no part of the name
    ("Thomas Knapp founded the |Boston Tea Party in 2006.", ("Boston Tea Party", "ORG")),
    # a name an editor completed in brackets inside a quotation
    ('He said, "When [Indian Prime Minister Narendra] Modi Announced a curfew, we knew."',
     ("Narendra Modi", "PERSON")),
    ('She said, "That was why [Alireza] Firouzja stopped representing Iran."',
     ("Alireza Firouzja", "PERSON")),
    ('He said, "The Kurds will now align with [Bashir al] Assad because they have nobody."',
     ("Bashir al Assad", "PERSON")),
    # (not a country named like a short given name)
    ("Chad and Niger signed a deal. Chadwick Boseman was not there.", ("Chad", "PLACE")),
    # an ordinal before a word that is no place is part of the name
    ("The 501st Legion marched in the parade.", ("501st Legion", "ORG")),
    # a given name that is also a city's
    ("Trump was interviewed by NBC's Savannah Guthrie on Thursday.",
     ("Savannah Guthrie", "PERSON")),
    # a name typed with two spaces is shown with one
    ("The debate was moderated by Chad  Peace of the Independent Voters Network.",
     ("Chad Peace", "PERSON")),
    # a name the model takes for a person's, which the text says is an organisation's
    ("Wikinews talked to Zara Kay about her organisation: Faithless Hijabi. Faithless Hijabi "
     "is an organisation which helps other ex-Muslim women. So I started Faithless Hijabi last "
     "year. My role in Faithless Hijabi is strategy. Faithless Hijabi is very much part-time "
     "for me.", ("Faithless Hijabi", "ORG")),
    # given names the tables now know; an international sports body
    ("I am a big fan of both Magnus Carlsen and Fabiano Caruana because there are both really "
     "great chess players.", ("Magnus Carlsen", "PERSON")),
    ("I emailed FIDE and I informed that I would like to switch federations without Iranian "
     "being involved because they already disrespected me enough and FIDE agreed.",
     ("FIDE", "ORG")),
    # a name with a capital after its first letter; a body named by "a firm called";
    # a nationality written bare before a body's name the model missed
    ("Tseng runs a firm called eTranslate, which helps software developers.",
     ("eTranslate", "ORG")),
    ("Jane Smith founded a company called Widgetco in 2001.", ("Widgetco", "ORG")),
    ("Tseng also formed Chinese Precinct Chamber of Commerce, an organisation responsible for "
     "many initiatives.", ("Chinese Precinct Chamber of Commerce", "ORG")),
    # a name set after a comma beside a plural word for places, and listed with it
    ("The council only administers the CBD and two surrounding residential areas, Docklands "
     "and Southbank.", ("Docklands", "PLACE")),
    ("He visited three towns, Hubli and Hassan.", ("Hassan", "PLACE")),
    # a person's name the model ran on past a possessive
    ("What does Melbourne lack under Sally Capp's Mayorship which you plan on improving?",
     ("Sally Capp", "PERSON")),
    # two places one after the other; a place after an imperative verb or "COVID"
    ("Why do you plan to make Melbourne Australia's capital?", ("Australia", "PLACE")),
    ("Why do you plan to make Melbourne Australia's capital?", ("Melbourne", "PLACE")),
    ("This is my advocacy: Make Melbourne the first to install a team.", ("Melbourne", "PLACE")),
    ("Post COVID Melbourne will see many empty shops.", ("Melbourne", "PLACE")),
    # a place's share: the number is no part of its name; a place in its century
    ("The shares were Melbourne 0.5%, Sydney 1.6% and Perth 2%.", ("Melbourne", "PLACE")),
    ("However, 21st Century Australia is much more culturally diverse.", ("Australia", "PLACE")),
    # a town a route runs from or up to; a town on a side of the line; a route between two
    # towns, one the tables know under another name
    ("My division is around 1300 route kilometres. It extends from Chamarajanagar.",
     ("Chamarajanagar", "PLACE")),
    ("Including Hassan and some more branch lines are there which goes up to Chikmagalur and "
     "goes up to Raidurga.", ("Raidurga", "PLACE")),
    ("We were not able to push our trains from all the platforms towards Ashokapuram-side.",
     ("Ashokapuram", "PLACE")),
    ("The crew ran the Tippu Express from Mysore to Bangalore on Thursday.", ("Mysore", "PLACE")),
    ("The crew ran the Tippu Express from Mysore to Bangalore on Thursday.",
     ("Bengaluru", "PLACE")),
    # a service the tables know, listed after "on"; a product named twice after its maker
    ("Many people expressed their anger on Internet Relay Chat (IRC), Reddit and CentOS "
     "project's mailing list.", ("Reddit", "ORG")),
    ("Red Hat ended Red Hat Linux in favour of subscription-based Red Hat Enterprise Linux. "
     "Red Hat Enterprise Linux (RHEL) is paid.", ("Red Hat Enterprise Linux", "ORG")),
    # a person chosen by one "named" is no other name of theirs
    ("Kanye West announced a run. West spoke on Twitter. He named Wyoming preacher Michelle "
     "Tidball as his running mate.", ("Michelle Tidball", "PERSON")),
    # a word for a person, then a name the model cut to its last word and called a body
    ('Speaking to Reuters, an attendee Om Prakash said, "We have been drinking it for years."',
     ("Om Prakash", "PERSON")),
    # a body after a person's possessive inside the model's name; a movement the tables know
    ("Donald Trump spoke. Although Trump's State Department asked for restraint, Biden "
     "disagreed.", ("State Department", "ORG")),
    ("The Trump campaign criticized Biden for not denouncing Antifa.", ("Antifa", "ORG")),
    # a health agency the model cuts at "and"
    ("He made critical remarks about National Institute of Allergy and Infectious Diseases "
     "director Dr. Anthony Fauci.", ("National Institute of Allergy and Infectious Diseases",
                                     "ORG")),
    # names the small model misses that the tables know
    ("Joe Biden led Donald Trump in the RealClearPolitics head-to-head polling average.",
     ("RealClearPolitics", "ORG")),
    ("A Black Lives Matter group protested outside the White House.",
     ("Black Lives Matter", "ORG")),
    ("According to FEC records, the committee gave him US$10,000.",
     ("Federal Election Commission", "ORG")),
    # a school "of Law" is no law; a year before a name is no part of it
    ("Professor John C. Eastman of Chapman University School of Law writes.",
     ("Chapman University School of Law", "ORG")),
    ("Just ahead of the 2020 Democratic National Convention, Robert died.",
     ("Democratic National Convention", "ORG")),
    # "Team" opens a body's name
    ("Wayne Tseng said he chose Team Zorin as a name that represented him.",
     ("Team Zorin", "ORG")),
    # a temple is a building; a railway is a body; a country's given name stays a person's
    ("Today, I took a lot of ladies for a trek to Chamundi Temple.", ("Chamundi Temple", "PLACE")),
    ("Mysore Division is a part of South Western Railway.", ("South Western Railway", "ORG")),
    ('Coogler wrote of Boseman, "I noticed then that Chad was an anomaly".', ("Chad", "PERSON")),
    # a role opening a sentence; a title and a country tagged a person: a character
    ("Lead Paul Sun-Hyung Lee talked about how the series has been underestimated.",
     ("Paul Sun-Hyung Lee", "PERSON")),
    ("Captain America and Tony Stark posed for photos.", ("Captain America", "PERSON")),
    # a region's demonym; a street's name ending in a lower-case "street"
    ("The sultan mediated in several Middle Eastern disputes.", ("Middle East", "PLACE")),
    ("Chinese students living in EQ towers on A'beckett street  reported this.",
     ("A'beckett street", "PLACE")),
    # a studio named before a work noun
    ("Simu Liu is to play the titular character in Marvel film Shang-Chi.", ("Marvel", "ORG")),
    # a party named with its country is the party the tables know, in every article
    ("On Tuesday, the United States Democratic Party held primary elections in fourteen states.",
     ("Democratic Party", "ORG")),
    # a group named for the person it backs; a body from the tables
    ("On the day of the funeral, the co-chair of Black Voices for Trump, Herman Cain, died.",
     ("Black Voices for Trump", "ORG")),
    ("He converted to Catholicism and engaged with the Knights of Columbus.",
     ("Knights of Columbus", "ORG")),
    # two names the model ran together: "and The", two spaces
    ("He has written articles for such publications as The Progressive and The New York Times.",
     ("The New York Times", "ORG")),
    ("Instead, like the Democratic National Convention  Republicans opted to meet online.",
     ("Democratic National Convention", "ORG")),
    # a given name the model left untagged before "and" and a full name shares its surname
    ("Barack and Michelle Obama spoke at the event.", ("Barack Obama", "PERSON")),
    # a lower-case word after "the" opens no name; a church named after a saint is one
    # name, curly apostrophe and all; a middle initial makes a person
    ("Several state parties were severing their ties with the national Constitution Party.",
     ("Constitution Party", "ORG")),
    ("Rioters set fire to St. John’s Episcopal Church at Lafayette Square.",
     ("St. John’s Episcopal Church", "PLACE")),
    ("They toppled statues of US presidents George Washington and Ulysses S. Grant.",
     ("Ulysses S. Grant", "PERSON")),
    # a date after "on" ends a name
    ("At the virtual 2020 Reform National Convention on June 20, the Reform Party nominated "
     "the ticket.", ("Reform National Convention", "ORG")),
    # a caption's credit run into the name; a name before "-backed" after "the"
    ("Jo JorgensenImage: Jo Jorgensen for President.", ("Jo Jorgensen", "PERSON")),
    ("Why should socialists support Howie Hawkins over the Bernie Sanders-backed candidate Joe "
     "Biden?", ("Bernie Sanders", "PERSON")),
    # a region's name the model left untagged; a bay it cut after its town
    ("The Governor of Tyumen Oblast, Russia awarded a prize.", ("Tyumen Oblast", "PLACE")),
    ("He lives in Nineveh Governorate.", ("Nineveh Governorate", "PLACE")),
    ("Its position in Jakarta Bay was recorded.", ("Jakarta Bay", "PLACE")),
    # "who" after "X of Town" is said of the person, not the town
    ("Alexander Gagay of Yekaterinburg, who took third place last year, is currently a fourth "
     "year student at Ural State Medical University.", ("Yekaterinburg", "PLACE")),
    # a given name before a word for a body is no person's name
    ("Local authorities, according to Marine Bulletin, have noted other unusual data.",
     ("Marine Bulletin", "ORG")),
    # a ship named after a person leaves the person a person
    ("The charity named its ship MV Alan Kurdi after the drowned boy. Alan Kurdi was three.",
     ("Alan Kurdi", "PERSON")),
    ("US President Donald Trump spoke on Sunday.", ("Donald Trump", "PERSON")),
    ("The meeting took place in the United States.", ("United States", "PLACE")),
    ("Officials in the U.S. said nothing.", ("United States", "PLACE")),
    ("The Venezuelan government responded.", ("Venezuela", "PLACE")),
    ("Republican Senator Markwayne Mullin spoke on CNN.", ("Republican Party", "ORG")),
    ("Republican Senator Markwayne Mullin spoke on CNN.", ("Markwayne Mullin", "PERSON")),
    ("Republican Senator Markwayne Mullin spoke on CNN.", ("CNN", "ORG")),
    ("The EU said the European Union would act.", ("European Union", "ORG")),
    ("Russian troops crossed the border.", ("Russia", "PLACE")),
    ("Russian forces attacked Kyiv overnight.", ("Kyiv", "PLACE")),
    ("The Islamic Revolutionary Guard Corps (IRGC) said the IRGC was ready.",
     ("Islamic Revolutionary Guard Corps", "ORG")),
    ("Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply.",
     ("Elizabeth II", "PERSON")),
    ("Conservative MP Philip Hammond commented on the plan.", ("Conservative Party", "ORG")),
    ("Former US Ambassador to the United Nations Nikki Haley wrote on Twitter.",
     ("Nikki Haley", "PERSON")),
    ("Navalny was flown from the city of Omsk in Siberia to Berlin.", ("Omsk", "PLACE")),
    ("The militant organisation, the Islamic State of Iraq and the Levant, claimed the attacks.",
     ("Islamic State", "ORG")),
    ("He was criticized by United Nations Educational, Scientific and Cultural Organization "
     "(UNESCO) officials.", ("United Nations Educational, Scientific and Cultural Organization", "ORG")),
    ("The hijab was banned during Zine El Abidine Ben Ali's Presidency.",
     ("Zine El Abidine Ben Ali", "PERSON")),
    ("He said it according to NBC on Monday.", ("NBC", "ORG")),
    ("The EU wants to end the energy isolation of Crete and Cyprus.", ("Crete", "PLACE")),
    # the model's name cut short: the compound chain carries on
    ("Paul Manafort was sentenced by Judge Amy Berman Jackson on Wednesday.",
     ("Amy Berman Jackson", "PERSON")),
    ("The suspects were linked to the Jamaah Ansharut Daulah network.",
     ("Jamaah Ansharut Daulah", "ORG")),
    # names cut at a foreign or an English "and"; a table name ending in a known place
    ("They worked for the Brigade de Recherche et d’Intervention, an elite unit.",
     ("Brigade de Recherche et d’Intervention", "ORG")),
    ("In April, the House Oversight and Reform Committee authorized subpoenas for documents.",
     ("House Oversight and Reform Committee", "ORG")),
    ("He said on Voice of America's South Sudan in Focus programme that it was a loss.",
     ("Voice of America", "ORG")),
    # a given name and a surname the model left untagged; a surname's elided particle;
    # a hyphenated first word
    ("The news came from his son-in-law, Frédéric Salat-Baroux, and came after a long period.",
     ("Frédéric Salat-Baroux", "PERSON")),
    ("He served under President Valéry Giscard d'Estaing in the seventies.",
     ("Valéry Giscard d'Estaing", "PERSON")),
    ("There was one MP of the Co-operative Commonwealth Federation.",
     ("Co-operative Commonwealth Federation", "ORG")),
    # a federal court district the model cut at "of"; a team named after its city; a
    # person the model called a place
    ("Crystal Munoz was convicted in 2008 in the Western District of Texas, and was sentenced.",
     ("Western District of Texas", "ORG")),
    ("Crystal Munoz was convicted in 2008 in the Western District of Texas, and was sentenced.",
     ("Crystal Munoz", "PERSON")),
    ("DeBartolo, who used to own the San Francisco 49ers football team, was convicted.",
     ("San Francisco 49ers", "ORG")),
    # an authority of two regions; a bridge and a fort are places, whoever they honour
    ("Baroni was deputy executive director of the Port Authority of New York and New Jersey.",
     ("Port Authority of New York and New Jersey", "ORG")),
    ("Traffic ground to a halt on the George Washington Bridge.",
     ("George Washington Bridge", "PLACE")),
    ("The scandal happened in Fort Lee, New Jersey, in 2013.", ("Fort Lee", "PLACE")),
    ("Punta Tombo is home to penguins. Boersma has studied Punta Tombo since 1982. Tombo is "
     "windy. Punta Tombo lies in Argentina.", ("Punta Tombo", "PLACE")),
    # a building named after someone is a place
    ("Erdoğan pledged converting Hagia Sophia, formerly a Greek Orthodox church, into a mosque. "
     "Hagia Sophia is visited by millions. Hagia Sophia was built in 537.",
     ("Hagia Sophia", "PLACE")),
    # "Multiple Iranian" officials: the country
    ("Multiple Iranian government officials had contracted COVID-19.", ("Iran", "PLACE")),
    # a name particle between two words; a one-word name saying a quotation
    ("The lawsuit was filed by Jacqueline De León, a staff attorney.",
     ("Jacqueline De León", "PERSON")),
    ('"The attacks will expand," Saree said.', ("Saree", "PERSON")),
    # a place with its country after a comma, or a place noun in apposition
    ("An earthquake struck Surigao del Sur, Philippines, on Saturday.",
     ("Surigao del Sur", "PLACE")),
    ("Tandag City, the capital of Surigao del Sur, was hit.", ("Surigao del Sur", "PLACE")),
    ("Omsk, a city in Siberia, was quiet.", ("Omsk", "PLACE")),
    # a name never ends in a function word ("Patrice Talon of" Benin)
    ("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.",
     ("Patrice Talon", "PERSON")),
    # one place name the model ran over a comma
    ("He grew up in Auckland, New Zealand before joining the police.", ("Auckland", "PLACE")),
    ("The suit names the Fort Peck, Blackfeet Nation and Crow Tribe as plaintiffs.",
     ("Crow Tribe", "ORG")),
    # a name modifying a place noun is a place ("Amazon" alone is a company)
    ("Wildfires are destroying the Amazon rainforest in Brazil.", ("Amazon", "PLACE")),
    # an attribute "of" a place is the place
    ("I will totally destroy and obliterate the Economy of Turkey, Trump said.",
     ("Turkey", "PLACE")),
    # an institution "of" a place stays whole even when the place is named too
    ("Students of the University of Florida met Florida officials.",
     ("University of Florida", "ORG")),
    ("The proceedings were criticised by archbishop Monsenor Jorge Eduardo Scheinig.",
     ("Jorge Eduardo Scheinig", "PERSON")),
    ("While in New York City to attend the United Nations General Assembly, Zelensky spoke.",
     ("United Nations General Assembly", "ORG")),
    # a capital "The" inside a sentence opens a title, not the ocean
    ("Voter Kitty Mak told The Atlantic that it was a protest vote.", ("The Atlantic", "ORG")),
    ("On Sunday, Hong Kongers turned out to vote.", ("Hong Kong", "PLACE")),
    # a results table: party names without their seat counts, whole
    ("Liberal Democrats - 11 seats. Sinn Féin - 7 seats. Alliance Party of Northern Ireland - 1 "
     "seat.", ("Liberal Democrats", "ORG")),
    ("Liberal Democrats - 11 seats. Sinn Féin - 7 seats. Alliance Party of Northern Ireland - 1 "
     "seat.", ("Sinn Féin", "ORG")),
    ("Liberal Democrats - 11 seats. Sinn Féin - 7 seats. Alliance Party of Northern Ireland - 1 "
     "seat.", ("Alliance Party of Northern Ireland", "ORG")),
    ("There were no Change UK candidates elected.", ("Change UK", "ORG")),
    # organisation names the model missed: capitalised words with an institution word
    ('Jennifer Lu of Marriage Equality Coalition Taiwan said, "It is not full marriage rights."',
     ("Marriage Equality Coalition Taiwan", "ORG")),
    ('She said, "I have instructed ODESC [Officials Committee for Domestic and External Security '
     'Coordination] to report to Cabinet on Monday."',
     ("Officials Committee for Domestic and External Security Coordination", "ORG")),
    ("I am deeply disturbed by what I saw in Tomasz Sekielski's film, the archbishop said.",
     ("Tomasz Sekielski", "PERSON")),
    # a capital "The" opens a title; an outlet of capitals and digits reports
    ("Ford told The Verge about it.", ("The Verge", "ORG")),
    ("Brudziński said he required resuscitation; TVN24 reported he received surgery.",
     ("TVN24", "ORG")),
    # a noun before a name says what it is; an institution tagged as a building is none
    ("Ford started its investigation by hiring law firm Sidley Austin.", ("Sidley Austin", "ORG")),
    ("Drilling near the mouth of the Amazon, approved by Brazil's regulator Ibama in October, "
     "went ahead.", ("Ibama", "ORG")),
    ("The attacker jumped on stage during the Great Orchestra of Christmas Charity.",
     ("Great Orchestra of Christmas Charity", "ORG")),
    # a title "of" a place is the place
    ("Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, visited the hospital.",
     ("Gdańsk", "PLACE")),
    ("He was convicted of assaults, reported by The Guardian, and by Associated Press of bank "
     "robberies.", ("Associated Press", "ORG")),
    # organisation names from the tables the model did not tag
    ('"Journalists are now favourite targets", said Sabrina Bennoui of Reporters Without Borders.',
     ("Reporters Without Borders", "ORG")),
    ("The US Geological Survey reported it was of 7.0 magnitude.", ("US Geological Survey", "ORG")),
    # "the island of X" outweighs the model's person
    ("On the Greek island of Samos, two people died when a wall collapsed.", ("Samos", "PLACE")),
    # a word for a person before the name; a company's national branch
    ("Cohen paid porn actress Stormy Daniels.", ("Stormy Daniels", "PERSON")),
    ("Trump sued his tax preparer Mazars USA. Mazars did not comment.", ("Mazars USA", "ORG")),
    # a court named with its district; a body and its committee run together by the model
    ("Trump had asked the United States District Court for the Southern District of New York "
     "intervene.", ("United States District Court for the Southern District of New York", "ORG")),
    ("A law let the House of Representatives' Committee on Ways and Means see his records.",
     ("Committee on Ways and Means", "ORG")),
    ("A law let the House of Representatives' Committee on Ways and Means see his records.",
     ("House of Representatives", "ORG")),
    # a name a word for a group announces
    ("Leyts told Brussels-based media network EURACTIV the procedure had been followed.",
     ("EURACTIV", "ORG")),
    # a place's name and a company word; a name a word for a company announces
    ("But the general manager of Abu Dhabi Media, Dr Ali bin Tamim, spoke.",
     ("Abu Dhabi Media", "ORG")),
    ("Similar attributions were made by state news firm Saba and al-Eryani.", ("Saba", "ORG")),
    # an institution opening a sentence stays
    ("Parliament was suspended. Members of parliament protested.",
     ("Parliament", "ORG")),
    # "the X district"; a newspaper from the tables; a common noun after a place's name
    ("The shooting took place in the Tsuen Wan district.", ("Tsuen Wan", "PLACE")),
    ("In an interview with Dawn, she said she was forced into marriage.", ("Dawn", "ORG")),
    ("Measles reduced the indigenous population of Pacific island nations.",
     ("Pacific", "PLACE")),
    # a one-word name from the tables; a place the model calls a person, placed "in" another
    ("The court allowed an Austrian court to require social media site Facebook to remove a "
     "post.", ("Facebook", "ORG")),
    ("A car bomb was rammed into a military base in Maidan Shahr in the centre of "
     "Afghanistan's Maidan Wardak province.", ("Maidan Shahr", "PLACE")),
    # "for" and the capitalised words after an organisation word; a territory and its people
    ("The Puerto Rico Center for Investigative Journalism obtained the Telegram messages.",
     ("Puerto Rico Center for Investigative Journalism", "ORG")),
    ("Three American Samoans sued. American Samoa is an unincorporated U.S. territory.",
     ("American Samoa", "PLACE")),
    # an acronym from the tables whatever the tagger says; a name with "'s" in the tables
    ("UNICEF reported they had delivered vaccines to Samoa.", ("UNICEF", "ORG")),
    ("Jehovah's Witnesses, another sect of Christianity, also implements a system.",
     ("Jehovah's Witnesses", "ORG")),
    # a job opening a sentence is no part of the name; a company's trade is no person
    ("Broadcaster Piers Morgan commented on the attack.", ("Piers Morgan", "PERSON")),
    ("News broadcaster NRK later reported the fire started in a car.", ("NRK", "ORG")),
    # a title of a state legislator; a person listed with the surname of one named
    ("Newly elected Assemblywoman Selena Torres said it was exciting.",
     ("Selena Torres", "PERSON")),
    ("Donald Trump tested positive, as did First Family and Senior Advisors Jared Kushner and "
     "Ivanka Trump.", ("Ivanka Trump", "PERSON")),
    # a place the text says is located somewhere; a shop named with a title
    ("Tomorrow, voters in the Australian electoral district of Groom are scheduled to go to the "
     "polls. Groom is located in the state of Queensland. Why are you running to be Groom's "
     "local MP? Groom needs jobs.", ("Groom", "PLACE")),
    ("Craig Farquharson owns the King Vapealot vape store in Toowoomba.",
     ("King Vapealot", "ORG")),
    # a country the model calls a person, owning a capital and a president
    ("Leaders met in Niamey, Niger's capital, for a summit. Niger's president Mahamadou "
     "Issoufou said Nigeria is Africa's biggest economy.", ("Niger", "PLACE")),
    # a monument; an area called so; a police force with a given name in it
    ("Arnav Gupta set himself on fire in a publicly accessible area called the Ellipse, "
     "between the White House and the Washington Monument. Responders drove onto the "
     "Ellipse.", ("Ellipse", "PLACE")),
    ("Arnav Gupta set himself on fire between the White House and the Washington Monument.",
     ("Washington Monument", "PLACE")),
    ("Emergency responders included the Secret Service and US Park Police.",
     ("US Park Police", "ORG")),
    # an agency by its apposition; a mission's name; a cemetery
    ("Yesterday, Roscosmos, the Russian space agency, announced the death of cosmonaut Alexei "
     "Leonov.", ("Roscosmos", "ORG")),
    ("Leonov will be buried at the Federal Military Memorial Cemetery on Tuesday.",
     ("Federal Military Memorial Cemetery", "PLACE")),
    # a prison named after a person; a federal court whose state the model left untagged;
    # a known name and what it is
    ("Sirhan Sirhan was serving his time at Richard J. Donovan Correctional Facility in San "
     "Diego County, California.", ("Richard J. Donovan Correctional Facility", "PLACE")),
    ("Judge James Parker Jones, presiding in the United States District Court for the Western "
     "District of Virginia in Abingdon, handed down the sentence.",
     ("United States District Court for the Western District of Virginia", "ORG")),
    ("According to the Associated Press news agency, the delegates are not bound.",
     ("Associated Press", "ORG")),
    # an age before a name says person (not before a name modifying a noun)
    ("McArthur's first victim of the eight was 40-year-old Skandaraj Navaratnam, a former "
     "boyfriend.", ("Skandaraj Navaratnam", "PERSON")),
    # a court of a jurisdiction of two countries
    ("The High Court of England and Wales also ruled on the same day.",
     ("High Court of England and Wales", "ORG")),
    # a lower-case particle the model took as the start of the name
    ("Arnel dela Vega of the army's Western Mindanao Command said the group was suspected.",
     ("Arnel dela Vega", "PERSON")),
    # a religious building, whatever the model says
    ("Twin bombings yesterday struck the Jolo Cathedral in Mindanao.",
     ("Jolo Cathedral", "PLACE")),
    # a country opening a sentence, tagged as the plural of "wale"
    ("England made masks compulsory. Wales have made no recommendation.", ("Wales", "PLACE")),
    # a place name of generic words runs on through "in"
    ("Chief Superintendent Graciano Mijares of the police of the Autonomous Region in Muslim "
     "Mindanao said so.", ("Autonomous Region in Muslim Mindanao", "PLACE")),
    # a firm in apposition; a board the model took for a work; a mall; a town before its
    # state and a lower-case word; a town that is also a person's surname in the text
    ("According to a report on Wednesday by UpGuard, a cybersecurity firm, two databases were "
     "found. Wikinews confirmed with UpGuard that the incidents were separate. UpGuard "
     "reportedly sent an email to them. On January 28, UpGuard reportedly emailed Amazon Web "
     "Services informing them of the situation. Again UpGuard reportedly emailed Amazon Web "
     "Services.", ("UpGuard", "ORG")),
    ("Police were investigating whether a manifesto posted online to the message board 8chan "
     "was written by the suspect.", ("8chan", "ORG")),
    ("The Walmart, by the Cielo Vista Mall, where the shooting happened, is five miles from "
     "the border.", ("Cielo Vista Mall", "PLACE")),
    ("Another shooting happened in Chippewa Falls, Wisconsin where at least five died.",
     ("Chippewa Falls", "PLACE")),
    ("Officials identified the suspect as Patrick Crusius of Allen, Texas, near the city of "
     "Dallas. El Paso's police chief Greg Allen said the police were sure.", ("Allen", "PLACE")),
    # a parish; a name before "area"
    ("Residents of some areas, such as Jefferson Parish, have been instructed to evacuate.",
     ("Jefferson Parish", "PLACE")),
    ("The Sandy Point area and progressing north has not suffered as much devastation.",
     ("Sandy Point", "PLACE")),
    # a name the model ran on into the next one after "the"; a place and its region
    ("The city of Calabasas announced on Twitter the Federal Aviation Administration and the "
     "National Transportation Safety Board were to investigate.",
     ("Federal Aviation Administration", "ORG")),
    ("An Air India Express flight attempted a landing at Calicut International Airport at "
     "Karipur, Kerala in India.", ("Karipur", "PLACE")),
    # autonomous regions named "in" a place; a place cut in two by the model; a city named
    # after a titled person; a town before "in the province of" and before its province;
    # a national edition of a known outlet; journals; the Antarctic
    ("Reports said the quake affected the Bangsamoro Autonomous Region in Muslim Mindanao, "
     "Region 11 and Region 12.", ("Bangsamoro Autonomous Region in Muslim Mindanao", "PLACE")),
    ("The second quake was recorded in Sultan Kudarat. Seven were injured in General Santos "
     "City.", ("Sultan Kudarat", "PLACE")),
    ("The second quake was recorded in Sultan Kudarat. Seven were injured in General Santos "
     "City.", ("General Santos City", "PLACE")),
    ("Reportedly, at least two towns, including Makilala in the province of North Cotabato, "
     "declared a state of calamity.", ("Makilala", "PLACE")),
    ("A 5.3-magnitude quake was recorded at 4:53 a.m Thursday morning in Manay, Davao Oriental.",
     ("Manay", "PLACE")),
    ("Numbers of affected residents fear to return home, according to CNN Philippines.",
     ("CNN Philippines", "ORG")),
    ("One study in the Journal of Threatened Taxa from March noted the seizures.",
     ("Journal of Threatened Taxa", "ORG")),
    ("With this outbreak, the Antarctic continent became the last continent to report cases.",
     ("Antarctica", "PLACE")),
    # bands and factions named after their kind, whatever the model calls them; kin named
    # after a kin noun
    ("Baker was widely known as the drummer and co-founder of the rock band Cream, an early "
     "supergroup.", ("Cream", "ORG")),
    ("Clapton and Baker were subsequently in another supergroup Blind Faith with Steve Winwood "
     "and Ric Grech. Blind Faith recorded only one studio album. Blind Faith played in London.",
     ("Blind Faith", "ORG")),
    ("In March, he debuted as the heel Brodie Lee, leader of the villainous faction The Dark "
     "Order.", ("Dark Order", "ORG")),
    ("According to his wife, Amanda, Huber succumbed. Jon's love for his wife Amanda, and "
     "children Brodie and Nolan, was evident.", ("Nolan", "PERSON")),
    ("According to his wife, Amanda, Huber succumbed. Jon's love for his wife Amanda, and "
     "children Brodie and Nolan, was evident.", ("Amanda", "PERSON")),
    # a body whose name ends in an organisation word, tagged as a place
    ("The United States Coast Guard (USCG) called off its search late on Tuesday.",
     ("United States Coast Guard", "ORG")),
    ("Officials said a police constable, reportedly one Vijayaragavan, saw the twelve.",
     ("Vijayaragavan", "PERSON")),
    # letters after a name; a restaurant; a hostel
    ("Prosecutor Kama Melly QC said the victims were vulnerable.", ("Kama Melly", "PERSON")),
    ("Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was "
     "discovered dead on Wednesday.", ("Cipriani Dolci", "ORG")),
    ("Zamperoni was discovered, unresponsive, at Kamway Lodge & Tavern, a hostel near "
     "LaGuardia Airport.", ("Kamway Lodge & Tavern", "PLACE")),
    # an organisation written with capitals inside one word, whatever the tagger says
    ("A GoFundMe campaign has been set up to pay for funeral costs.", ("GoFundMe", "ORG")),
    # a road and its number; a space station
    ("Zhukovskyy was driving a pickup truck on U.S. Route 2 in Randolph, New Hampshire.",
     ("U.S. Route 2", "PLACE")),
    ("Behnken and Hurley are slated to catch up to the International Space Station (ISS) for "
     "a stay.", ("International Space Station", "PLACE")),
    # the maker of a thing ("a NASA rocket") is named all the same
    ("The astronauts flew on a NASA rocket and a SpaceX capsule.", ("SpaceX", "ORG")),
    # a place named after its first owner, split at the "'s" by the model
    ("Sergeant Ratana, from Hawke's Bay, New Zealand, served in the police force.",
     ("Hawke's Bay", "PLACE")),
    # only a place has a mayor; a name after "in" that is no one's name, tagged a person
    ("The children were going to a dance competition, according to the mayor of Yartsevo.",
     ("Yartsevo", "PLACE")),
    ("A second fire, eighteen kilometres away in a block of flats in La Llagosta, killed "
     "another person.", ("La Llagosta", "PLACE")),
    # a name the model missed, announced by a role after it; a known journal
    ("Officials said it killed nine people.\n\nJasim Uddin, a spokesperson for the fire "
     "service, told the Associated Press four victims were from a single family.",
     ("Jasim Uddin", "PERSON")),
    ("The study, published on Thursday in PLOS One, used spatial analysis.", ("PLOS One", "ORG")),
    # a site named after its town; a university's institute
    ("The fire in Bhera Market broke out at around 3:30am.", ("Bhera Market", "PLACE")),
    # a capitalised institution word opening a sentence stays the institution
    ("Johnson suspended parliament for five weeks. Parliament is to remain out of session "
     "through October 14.", ("Parliament", "ORG")),
    # a "star" is a person; a party saying "he" is still a party; a party's legislators
    ("Michael Avenatti represented porn star Stormy Daniels in her lawsuit.",
     ("Stormy Daniels", "PERSON")),
    ("The Aam Aadmi Party in Goa, in its statement, said he was a gentleman politician.",
     ("Aam Aadmi Party", "ORG")),
    ("Republican Representatives attacked the impeachment inquiry.", ("Republican Party", "ORG")),
    # a committee named after the place it is on; a state's branch of a party
    ("He was also a member of the United States House Select Committee on Benghazi.",
     ("United States House Select Committee on Benghazi", "ORG")),
    ("Sanders won the Democratic primary. The Iowa Democratic Party finalized the count.",
     ("Iowa Democratic Party", "ORG")),
    ("Sanders won the Democratic primary. The Iowa Democratic Party finalized the count.",
     ("Democratic Party", "ORG")),
    # firms said to be a platform or a chain, a newspaper named noun first, a site by its
    # address; an arena; teams named after their city
    ("Li died on Friday, which quickly became the most frequently discussed subject on the "
     "Chinese social networking platform Weibo.", ("Weibo", "ORG")),
    ("NFP named the Kaufland chain and property developer Echo Investment among the buyers.",
     ("Kaufland", "ORG")),
    ("But Gazeta Prawna reports only 0.5% of Polish grocery turnover comes from this segment.",
     ("Gazeta Prawna", "ORG")),
    ("Speaking to Portfolio.hu, Matt Simister explained that the company held a 4% share.",
     ("Portfolio.hu", "ORG")),
    ("He was not present at Chesapeake Energy Arena in Oklahoma City.",
     ("Chesapeake Energy Arena", "PLACE")),
    ("He was not present at the arena, where the Utah Jazz were to play against the "
     "Oklahoma City Thunder.", ("Utah Jazz", "ORG")),
    ("The upwelling may have occurred during the volcanic process that produced the Hawaiian "
     "Island chain.", ("Hawaiian Island", "PLACE")),
    # a building the model missed, named by its last word; an airport is a place
    ("Wednesday, February 13, 2019\n\nThe Hotel Arpit Palace in the Karol Bagh area of the "
     "Indian capital, New Delhi, caught fire yesterday morning.",
     ("Hotel Arpit Palace", "PLACE")),
    ("A plane crashed following departure from Henderson Executive Airport, near Las Vegas.",
     ("Henderson Executive Airport", "PLACE")),
    # a town before "man"; an institution named after a saint
    ("Police arrested a 36-year-old Cheltenham man on suspicion of conspiracy to burgle.",
     ("Cheltenham", "PLACE")),
    ("Victims went to Hartford Hospital and Saint Francis Hospital. Dr. Steven Wolf at Saint "
     "Francis said they received an alert.", ("Saint Francis Hospital", "ORG")),
    # an acronym from the tables the model did not tag
    ('It was not an "open race" of the IAAF.', ("World Athletics", "ORG")),
    # a station named after its place, tagged a person
    ("An engineer was killed while working at Waterloo station in the British capital London.",
     ("Waterloo station", "PLACE")),
    # a known name before an event's name is the organiser's
    ("On Sunday, the MTV Video Music Awards marked the passing of Chadwick Boseman.",
     ("MTV", "ORG")),
    # a brand in capitals; a site's address with a country domain
    ("On Tuesday, ALDI announced that some stores can't run the Wednesday special.",
     ("ALDI", "ORG")),
    ("In a News.com.au report, Dr Gary Mortimer said the stores fill the stock every night.",
     ("News.com.au", "ORG")),
    # bodies set beside a plural word for bodies; reservations and ranges; a tribe
    ("On Sunday, Australian store chains Woolworths and Coles lowered their purchase "
     "restrictions on toilet paper.", ("Woolworths", "ORG")),
    ("On Sunday, Australian store chains Woolworths and Coles lowered their purchase "
     "restrictions on toilet paper.", ("Coles", "ORG")),
    ("The buffalo were released for the Wind River Reservation in Wyoming.",
     ("Wind River Reservation", "PLACE")),
    ("These bison came from the National Bison Range in western Montana.",
     ("National Bison Range", "PLACE")),
    ("The Arapaho are considering pooling resources with the nearby Eastern Shoshone Tribe, "
     "who have a herd.", ("Eastern Shoshone Tribe", "ORG")),
    # plural places the model took for people; Irish counties; a body described after it
    ("Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological "
     "service for Ireland, issued weather alerts.", ("Azores", "PLACE")),
    ("Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological "
     "service for Ireland, issued weather alerts.", ("Met Éireann", "ORG")),
    ("The warning applied to County Galway, County Mayo, County Clare, County Cork, County "
     "Kerry and County Limerick.", ("County Kerry", "PLACE")),
    # a body's possessive before another body
    ("According to the United Nations' Food and Agriculture Organization's chief veterinary "
     "officer, it was unnecessary.", ("Food and Agriculture Organization", "ORG")),
    # places a "such as" list names; a place a distance from; a club by its captain
    ("Phanfone impacted upon popular tourist attractions, such as Boracay and Coron, as well "
     "as the Kalibo International Airport.", ("Boracay", "PLACE")),
    ("The epicenter was located roughly nine kilometers east of Carrascal.",
     ("Carrascal", "PLACE")),
    ("Maroochydore captain Sam Marshall lamented his side's close loss. Caloundra defeated "
     "Maroochydore.", ("Maroochydore", "ORG")),
    # a town opening an institution's untagged name; a national society's own name
    ("Madrid District Hospital in the town of Madrid treated 25 wounded people.",
     ("Madrid District Hospital", "ORG")),
    ("Philippine Red Cross chair Richard Gordon, in remarks to the BBC, said it.",
     ("Philippine Red Cross", "ORG")),
    # towns listed with towns the model tagged, a plural-looking one too
    ("Pimentel said the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, "
     "Lanuza, and Cortes.", ("Lanuza", "PLACE")),
    ("Pimentel said the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, "
     "Lanuza, and Cortes.", ("Cortes", "PLACE")),
    # a body the model took for a title, after a word for a body
    ("Clinic and advocacy manager Michaela Jyrkkanen, of Christian anti-poverty organization "
     "The Mustard Seed Kamloops, disagreed.", ("Mustard Seed Kamloops", "ORG")),
    # a town's branch of a force named before, then a titled name
    ("The Royal Canadian Mounted Police (RCMP) seized the substance. Kamloops RCMP Constable "
     "Gary Gray said fentanyl had become a popular drug in Kamloops.", ("Gary Gray", "PERSON")),
    # a table's place inside a longer name; a surname that is also a title
    ("North Wales Fire and Rescue Service were called to the building in Wales.",
     ("North Wales Fire and Rescue Service", "ORG")),
    ("The prize was shared between James Peebles and the duo of Didier Queloz and Michel "
     "Mayor.", ("Michel Mayor", "PERSON")),
    # towns listed after a town the model knows; an estuary; a band after "X of"
    ("Resources sent included appliances from Dolgellau, Harlech, Barmouth, Bala, and Blaenau "
     "Ffestiniog according to a statement.", ("Blaenau Ffestiniog", "PLACE")),
    ("Resources sent included appliances from Dolgellau, Harlech, Barmouth, Bala, and Blaenau "
     "Ffestiniog according to a statement.", ("Harlech", "PLACE")),
    ("North Wales Fire and Rescue Service were called to the building, located off the A496 "
     "overlooking the Mawddach Estuary.", ("Mawddach Estuary", "PLACE")),
    ("Mike McCready of Pearl Jam likened it to Mozart.", ("Pearl Jam", "ORG")),
    # a name after a nationality, untagged or tagged with it; a see named in lower case
    ("The race was won by Kenyan Eliud Kipchoge.", ("Eliud Kipchoge", "PERSON")),
    ("Ethiopian Kenenisa Bekele finished second.", ("Kenenisa Bekele", "PERSON")),
    ("He was followed closely by Ethiopians Dejene Debela, 2:05:46, and Asefa Mengstu.",
     ("Dejene Debela", "PERSON")),
    ("Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese in the Philippines died.",
     ("Marbel diocese", "ORG")),
    # a state university's campus after its comma; a name the model cut at its "and"
    ("Earning a PhD from University of California, Los Angeles, Munk was an early adopter.",
     ("University of California, Los Angeles", "ORG")),
    ("She studied at the University of California, Davis in 2001.",
     ("University of California, Davis", "ORG")),
    ("Imus died on Friday at the Baylor Scott and White Medical Center in College Station, "
     "Texas.", ("Baylor Scott and White Medical Center", "ORG")),
    ("Imus died on Friday at the Baylor Scott and White Medical Center in College Station, "
     "Texas.", ("College Station", "PLACE")),
    # a country the model tags a person
    ("The milestone came the same day Malawi confirmed its first coronavirus infections and "
     "Zambia had its first coronavirus-related death.", ("Malawi", "PLACE")),
    ("Humberto was expected to pass by Bermuda late Wednesday night.", ("Bermuda", "PLACE")),
    # sides named by their town: a player's or coach's club, a side with its score
    ("Caloundra half back Jarrod Kidston enjoyed the win.", ("Caloundra", "ORG")),
    ("The game was a hard, physical match according to Maroochydore assistant coach Ben "
     "Radmall. Maroochydore played much of the first half in their attacking half.",
     ("Maroochydore", "ORG")),
    ("In other results, Maroochydore defeated Caboolture 43–5, and University knocked of Noosa "
     "32–22.", ("Caboolture", "ORG")),
    ("In other results, Maroochydore defeated Caboolture 43–5, and University knocked of Noosa "
     "32–22.", ("Noosa", "ORG")),
    # a journal a finding is published in; campuses; a see; venues; a troupe
    ("In findings published Wednesday in Science Advances, researchers reported a mechanism.",
     ("Science Advances", "ORG")),
    ("Scientists from the University of Bristol and UC Davis say zebras may have stripes.",
     ("UC Davis", "ORG")),
    ("Researchers from the University of Colorado at Boulder (CU Boulder) in Colorado reported "
     "it.", ("University of Colorado at Boulder", "ORG")),
    ("Ted Scambos of CU Boulder's Cooperative Institute for Research in Environmental Sciences "
     "(CIRES) said it.", ("Cooperative Institute for Research in Environmental Sciences", "ORG")),
    ("Charlemagne brought back the relic of Jerusalem and offered it to the diocese of Cahors.",
     ("diocese of Cahors", "ORG")),
    ("The event was held at the Mesquite Convention Center in Texas.",
     ("Mesquite Convention Center", "PLACE")),
    ("It premiered at Grauman's Egyptian Theatre in Hollywood, California.",
     ("Grauman's Egyptian Theatre", "PLACE")),
    ("It premiered in Hollywood as part of Hulu's Beyond Fest film festival.", ("Hulu", "ORG")),
    ("Belly dancing troupe Tribal Evolution performed on Saturday.", ("Tribal Evolution", "ORG")),
    ("The procession at the Rue du Château du Roi.", ("Rue du Château du Roi", "PLACE")),
    ("The Thursday edition of NT News, a daily printed in Darwin, included an insert.",
     ("Darwin", "PLACE")),
    ("The Lost 52 Project announced on Sunday that it found the wreck.",
     ("Lost 52 Project", "ORG")),
    # a sentence-opening verb glued to a name; a dashed institution; untagged journals
    ('The Center for Biological Diversity announced it. Remarked Center for Biological '
     'Diversity scientist Tierra Curry, "This reprieve is a thank-you."',
     ("Center for Biological Diversity", "ORG")),
    ("Seyed Mohammad Mir-Mohammadi died on Monday.", ("Seyed Mohammad Mir-Mohammadi", "PERSON")),
    ('"It is a good sign", said Ryan Cloutier of the Harvard–Smithsonian Center for '
     "Astrophysics, who was not an author.",
     ("Harvard–Smithsonian Center for Astrophysics", "ORG")),
    ("A separate report published Wednesday in Nature Astronomy by a team from University "
     "College London (UCL) confirmed it.", ("Nature Astronomy", "ORG")),
    ("Findings were published Tuesday in Cornell University's arXiv by a team.",
     ("arXiv", "ORG")),
    ("The book was published in Paris in 2019.", ("Paris", "PLACE")),
    # an occupation opening a sentence; a settlement named after "is"; a name cut at "and"
    # that its short form spells whole
    ("Immunologist Kristian Andersen of Scripps Research said, in response to the study, "
     "that it was clear.", ("Kristian Andersen", "PERSON")),
    ("The nearest settlement to Area 51 is Rachel in Lincoln County. Over a thousand were "
     "reported to have reached Rachel.", ("Rachel", "PLACE")),
    # a field of study after "and"; a journal a study is published in, or named "journal";
    # a volcano
    ("It was a project between Neil Hammerschlag of the Rosenstiel School of Marine and "
     "Atmospheric Science at the University of Miami and Chris Fallows.",
     ("Rosenstiel School of Marine and Atmospheric Science", "ORG")),
    ("On Wednesday, scientists from the University of Miami published a study in Scientific "
     "Reports, an on-line journal, documenting it.", ("Scientific Reports", "ORG")),
    ("On Thursday, the journal Science published a report by a team from the University of "
     "Southern California (USC).", ("Science", "ORG")),
    ("UH Mānoa dispatched a ship while Kīlauea was still erupting. The eruption of the Kīlauea "
     "volcano was big.", ("Kīlauea", "PLACE")),
    # a caption's credit after a name
    ("Keisha Lance Bottoms Image: Afdahe. Keisha Lance Bottoms spoke on Tuesday.",
     ("Keisha Lance Bottoms", "PERSON")),
    # a body named in its language, then in English in brackets
    ("The party was organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) "
     "president Swami Chakrapani.", ("Akhil Bharat Hindu Mahasabha", "ORG")),
    ("Ranil Wickremesinghe (United National Party) won.", ("Ranil Wickremesinghe", "PERSON")),
    ("Prime Minister Narendra Modi (Bharatiya Janata Party) spoke.",
     ("Narendra Modi", "PERSON")),
    # a foundation named for a couple; partners
    ("Carl Hensman of the Bill and Melinda Gates Foundation noted it.",
     ("Bill and Melinda Gates Foundation", "ORG")),
    ("They have received support from Ben Franklin Technology Partners and Y-Combinator.",
     ("Ben Franklin Technology Partners", "ORG")),
]


@pytest.mark.parametrize("text,expected", PRESENT)
def test_entity_is_found_with_type(extract, text, expected):
    entities = {(e.label, e.type) for e in extract(text).entities}
    assert expected in entities


# two bodies of the tables stay two: the Taliban and the Pakistani Taliban
SPLIT_BODIES = [
    ("Islamabad accused the Taliban government of sheltering militants of the Pakistani Taliban.",
     {"Taliban", "Tehrik-i-Taliban Pakistan"}),
]


@pytest.mark.parametrize("text,labels", SPLIT_BODIES)
def test_bodies_of_the_tables_stay_apart(extract, text, labels):
    assert labels <= {e.label for e in extract(text).entities}


# sentence, label that must not appear as a node
ABSENT = [
    ("Green Alliance of the Socialist Party met.", "Green Alliance"),
    # a comic's name is no militant group's short form
    ("Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced to "
     "leave.", "Jaish-e-Mohammed"),
    ("Massad Boulos, a senior adviser to Trump on Africa, said Washington was pressing both "
     "sides.", "Trump on Africa"),
    ("I'm Rich Bowen and I'm the Community Manager for the CentOS project.", "Community"),
    # "X and Y" tagged one body, one of them a surname of a person named in full
    ("New York Attorney General Letitia James was indicted on bank fraud charges on Thursday. "
     "James, who won a civil fraud case against Trump in 2024, called the charges baseless.\n"
     "A federal judge later dismissed the indictments against James and Comey, ruling that "
     "Halligan had been unlawfully appointed.\n", "James and Comey"),
    # a word opening a question before the name
    ("((WN)) Tell me about your work.\n\n((Akram Pasha)) Regarding Ashodaya? Ashodaya mainly "
     "works to spread awareness about HIV.", "Regarding Ashodaya"),
    ("Abiy Ahmed called the dam a source of pride for all Africans.", "Africans"),
    ("A gunman killed 15 people at a Hanukkah celebration on Bondi Beach in Sydney.", "Hanukkah"),
    ("Zelensky asked allies for more Patriot air defense systems.", "Patriot"),
    # a common acronym and a model number
    ("Jensen Huang told investors that talk of an AI bubble was misplaced.", "AI"),
    ("The Commerce Department barred Nvidia from selling its H20 processor to Chinese customers.",
     "H20"),
    # a people is no node
    ("The militia was founded by Hutu extremists.", "Hutu"),
    # a portfolio the model tagged an organisation with the nationality before it
    ("Israeli National Security Minister Itamar Ben-Gvir threatened to quit.",
     "Israeli National Security"),
    # the credits of wire copy: a byline of names, reporters and editors
    ("By Matthew Lee and Ellen Knickmeyer\nWASHINGTON (AP) - The United States imposed "
     "sanctions on Iran on Monday.", "Ellen Knickmeyer"),
    ("Britain summoned the Russian ambassador on Tuesday. (Reporting by Andrew MacAskill; "
     "editing by Guy Faulconbridge)", "Guy Faulconbridge"),
    ("Britain summoned the Russian ambassador.\n\nReporting by Jonathan Landay in Washington; "
     "Additional reporting by Humeyra Pamuk", "Humeyra Pamuk"),
    # a people the model tagged a place or an organisation
    ("The House passed a bill sanctioning China over its treatment of Uyghurs.", "Uyghurs"),
    ("Turkey has long fought the Kurds in the southeast.", "Kurds"),
    # a surname cut from its particles
    ("Ursula von der Leyen, the president of the European Commission, visited Kyiv.", "Leyen"),
    # a place name cut short, with the ordinal before it
    ("Pelosi was voted in by the incoming 116th United States Congress.", "116th United"),
    # a code of laws; a currency; a quantity opening the sentence
    ("Citing alleged violation of 17 U.S. Code § 1201, RIAA's takedown notice alleged it.",
     "U.S. Code"),
    ("Uberspace have already spent thousands of Euros in their legal defense.", "Euros"),
    ("Multiple Creative Commons-licensed and public domain videos on Wikimedia Commons are "
     "uploaded via a tool.", "Multiple Creative Commons"),
    # a prejudice's name; a deity the model calls a place
    ("Can you shed light on Islamophobia and Muslimphobia?", "Muslimphobia"),
    ("So I think Islamophobia is a made-up term.", "Islamophobia"),
    ("They still believe in Allah, but they are praying to it.", "Allah"),
    # an event's name the model calls a person
    ("So I was in, for example, in 2016 Olympiad in Baku, I refused to play for Iran National "
     "Team. I did tell you that I was there working as press in 2016, Baku Olympiad.",
     "Baku Olympiad"),
    # a century; a doctrine and a field of study; words shouted in capitals; a common
    # abbreviation
    ("However, 21st Century Australia is much more culturally diverse.",
     "21st Century Australia"),
    ("Collectivism 1.0: Collaboration and Collectivism if well structured can be the next BIG "
     "step.", "Collectivism"),
    ("Melbourne can attract industries such as Robotics and finance.", "Robotics"),
    ("Australians can not see themselves fit into either the LEFT or the RIGHT ideology.",
     "LEFT"),
    ("This along with PPE when mandated is the key to safe opening.", "PPE"),
    # the imperative opening, the share after the name, the office after the possessive
    ("This is my advocacy: Make Melbourne the first to install a team.", "Make Melbourne"),
    ("The shares were Melbourne 0.5%, Sydney 1.6% and Perth 2%.", "Melbourne 0.5"),
    ("What does Melbourne lack under Sally Capp's Mayorship which you plan on improving?",
     "Sally Capp's Mayorship"),
    # two bodies named apart, then with a slash; a thing named with "any"
    ("Red Hat was acquired by IBM. That doesn't make Red Hat/IBM a good home for CentOS.",
     "Red Hat/IBM"),
    ("While we haven't given any ETA on release, the work is underway.", "ETA"),
    # a book's one-word title
    ("Lastly, excerpts from Bob Woodward's book Rage revealed Trump downplayed the virus.",
     "Rage"),
    # "neither" opens no name
    ("Neither Dasbach nor Mears would provide Wikinews with an image of the wound.",
     "Neither Dasbach"),
    # the short form of a title
    ("Aparna Garg has been the Divisional Railway Manager (DRM) for Mysore Division. Now you "
     "see DRM's, I am sitting here.", "DRM"),
    # adjectives opening a sentence; a species' name between commas; a work's title
    ("Female Magellanic penguins are about 17% lighter than males.", "Female Magellanic"),
    ("The number of female Magellanic penguins, Spheniscus magellanicus, fell.", "Spheniscus"),
    ("Denise Crosby is to appear in the final season of Suits, a Toronto-shot legal series.",
     "Suits"),
    ("The cast of the sitcom Kim's Convenience had a panel in a room for 700 people.", "Kim"),
    # a product named with "a"
    ("Recently they had switched to a bio-based PET for their packaging.", "PET"),
    # a law named after a person; an exam; a platform run into the name after it
    ("Biden said he would sign the renewal of the Voting Rights Act, renamed the John R. Lewis "
     "Voting Rights Act.", "John R. Lewis Voting Rights Act"),
    ("Trump paid his friend Joe Shapiro to take the SAT for him.", "SAT"),
    ("Kanye West spoke. The next day on Twitter West accused his wife of lying.", "Twitter West"),
    # a word for speakers of a language
    ("Francophone fursuiters posed for a photo.", "Francophone"),
    # an abstract noun opening a sentence; a portfolio before a title
    ("Attendance was underwhelming with empty seats visible.", "Attendance"),
    ("On June 23, Trump's former National Security Adviser John Bolton released a book.",
     "National Security"),
    # a caption's credit glued to a name; two people's ticket written with a slash
    ("Jo JorgensenImage: Jo Jorgensen for President.", "Jo JorgensenImage"),
    ("With Wikinews, Mohr discussed his role on the Blankenship/Mohr ticket.", "Blankenship/Mohr"),
    # the short form of a law; a quotation opening after a name; a programming language
    ("GitHub received a Digital Millennium Copyright Act (DMCA) take-down notice. Stallman has "
     "been critical of the DMCA.", "DMCA"),
    ('The Electronic Frontier Foundation said on Twitter "Youtube-dl is a legitimate tool."',
     'Twitter "Youtube-dl'),
    ("youtube-dl is a script written in Python which can download videos.", "Python"),
    # a language named with "language"; a field of study; an event alone; a ship's name of
    # two words alone; a sentence in another script
    ("Sufianov said it was English language.", "England"),
    ("The winners are awarded free tuition at the academic department of Neurosurgery at First "
     "Moscow State Medical University.", "Neurosurgery"),
    ("Madina Bizheva won this second Olympiad.", "Olympiad"),
    ("In late December, Indonesian cargo ship MV Namse Bangdzod vanished. Smith said Namse "
     "Bangdzod could be the victim of identity theft.", "Namse Bangdzod"),
    ('The governor said: "Скажем, тюменскую медицину уже пора воспринимать как отрасль."',
     "Скажем"),
    # a ship, and its name alone after; a film
    ("The Tambor-class submarine U.S.S. Grayback encountered a bomber. The Grayback was short "
     "on torpedoes.", "Grayback"),
    ("The Tambor-class submarine U.S.S. Grayback encountered a bomber. The Grayback was short "
     "on torpedoes.", "U.S.S. Grayback"),
    ("Friday evening, mockumentary Mister America had its world premiere in Hollywood.",
     "Mister America"),
    ("Friday evening, mockumentary Mister America had its world premiere. Mister America is a "
     "continuation of the web series On Cinema at the Cinema, and On Cinema alumni came.",
     "United States"),
    ("Friday evening, mockumentary Mister America had its world premiere. Mister America is a "
     "continuation of the web series On Cinema at the Cinema, and On Cinema alumni came.",
     "Cinema"),
    ("Winch said the film has been screened at 14 film festivals and he was named Best Actor.",
     "Best Actor"),
    ("There were 79,332 cases in the hours preceding 10 a.m. Central European Time (0800 UTC).",
     "Central European Time"),
    ("It premiered in Hollywood as part of Hulu's Beyond Fest film festival.",
     "Hulu's Beyond Fest"),
    ("He studied makeup, later titling his memoir The Master of Disguise.", "The Master"),
    ("NASA's James Webb space telescope and the Kepler space telescope could reveal more about "
     "planets circling a star in the constellation Leo.", "James Webb"),
    ("NASA's James Webb space telescope and the Kepler space telescope could reveal more about "
     "planets circling a star in the constellation Leo.", "Kepler"),
    ("NASA's James Webb space telescope and the Kepler space telescope could reveal more about "
     "planets circling a star in the constellation Leo.", "Leo"),
    ("A survey was published in 2017 by the Royal Pharmaceutical Society. Society President Ash "
     "Soni told the public.", "Society"),
    ("Ebola virus disease (EVD) is a hemorrhagic fever with a high mortality rate.", "EVD"),
    ('The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save lives," '
     "began last November.", "Swahili"),
    ("It documented the disappearance of the great white shark (Carcharodon carcharias) from "
     "South Africa.", "Carcharodon"),
    ("UH Mānoa dispatched the research ship Ka'imikai-O-Kanaloa from July 13 to 17.",
     "Ka'imikai-O-Kanaloa"),
    ("Immunologist Kristian Andersen of Scripps Research said, in response to the study, "
     "that it was clear.", "Immunologist Kristian Andersen"),
    ('The Center for Biological Diversity announced it. Remarked Center for Biological '
     'Diversity scientist Tierra Curry, "This reprieve is a thank-you."', "Remarked Center"),
    ("Defense Secretary Pete Hegseth issued an order.", "Defense"),
    # a hashtag; a title alone
    ('A tweet said "My running mate will be a woman. #DemDebate".', "DemDebate"),
    ("He returned home to El Paso, Texas, where he is a former City Councillor.",
     "City Councillor"),
    # a given name opening a phrase that is no one's name
    ("The Pope spoke of Roman Catholic Christianity on Sunday.", "Roman Catholic Christianity"),
    # "Bank of England" and France are two; two surnames are two people
    ("The Bank of England and France agreed.", "Bank of England and France"),
    ("Bridget Anne Kelly and William Baroni were convicted. The case revolved around Kelly and "
     "Baroni's convictions following the 2013 scandal.", "Kelly and Baroni"),
    # a language is not its country; a minister's portfolio is not an organisation
    ('She told a guard at the door, in French and English, "they raped me".', "England"),
    ("John Luk Jok, the South Sudanese minister for East African Affairs, died yesterday.",
     "East African Affairs"),
    # a verb or a common noun opening a sentence or a clause
    ('He said "That is pretty cool.  Imagine just being able to jump in a helicopter and just go '
     'for a joy ride around Washington".', "Imagine"),
    ("The Court will make an Order declaring that the advice was unlawful.", "Order"),
    ("He met them on Monday in September.", "September"),
    ("The Muslim community gathered in the square.", "Muslim"),
    ("President Trump said he was pleased.", "President Trump"),
    ("COVID-19 cases rose in Italy on Monday.", "COVID-19"),
    ('"[W]e must get Brexit done," Johnson said.', "We"),
    ("The Syrian Civil War began in 2011.", "Syrian Civil War"),
    # a capitalised title before a name is not part of it
    ("Violinist Brigit O'Regan played on Sunday.", "Violinist Brigit O'Regan"),
    # a product name is not its maker's name
    ("Users of Google Pay reported outages on Monday.", "Google Pay"),
    ("At 4:00 A.M. local time the attacks began.", "A.M."),
    # things named after people are not people
    ("With NASA's James Webb Telescope scheduled to launch, the paper suggests more.",
     "James Webb Telescope"),
    ("Day hosted The Doris Day Show on television until 1973.", "Doris Day Show"),
    ("Realistically, Melbourne will take longer to recover.", "Realistically"),
    # a place inside another name, a summit, an honorific
    ("Brazil must comply with the Paris Climate Accord.", "Paris"),
    ("Merkel and Macron met at the G7 Summit in Biarritz.", "G7 Summit"),
    ("I will totally destroy and obliterate the Economy of Turkey, Trump said.",
     "Economy of Turkey"),
    ("Ships crossed the Atlantic in winter.", "The Atlantic"),
    ("Reports said at least 116 people died due to this earthquake.", "Reports"),
    ("Conservative Party - 365 seats. Green Party (E & W) - 1 seat.", "Conservative Party - 365"),
    ("Conservative Party - 365 seats. Green Party (E & W) - 1 seat.", "E & W"),
    ("Liberal Democrats - 11 seats.", "Democratic Party"),
    # capitalised words the model left are no name when a title or without an
    # institution word
    ("Senate Minority Whip Dick Durbin objected.", "Senate Minority Whip"),
    ("Democrats raised Court Packing as an idea.", "Court Packing"),
    # a plural title, a family's plural surname
    ("The subpoena was issued by Representatives Eliot Engel and Adam Schiff.",
     "Representatives"),
    ("Joe Biden spoke. The Bidens were criticized by Trump.", "Bidens"),
    # a role is no one's name
    ("Red Hat's Chief Technical Officer Chris Wright wrote the announcement.",
     "Technical Officer"),
    # a day's name; an inflected verb in capitals; an institution after a title word
    ("In the aftermath of Super Tuesday, two candidates ended their campaigns.", "Super"),
    ("Because this Court finds the doctrine repugnant, it ABSTAINS from adjudicating this "
     "dispute.", "ABSTAINS"),
    ("Madrid District Hospital in the town of Madrid treated 25 people.", "Hospital"),
    # a people; one word naming an event; a country's generic "State"
    ("The massacres saw thousands of ethnic Ndebele killed.", "Ndebele"),
    ("During these years, the Gukurahundi massacres saw thousands killed.", "Gukurahundi"),
    ("He contributed to the building of Zimbabwean State institutions.", "Zimbabwean State"),
    # a demonym the model calls a person
    ("Akilisi Pohiva died today at 10:00 a.m. Tongan time.", "Tongan"),
    # a stance; a common noun opening a sentence that the text writes in lower case too
    ("Roughly one million people marched in London during an anti-Brexit march.", "anti-Brexit"),
    ("Protestor dressed as the Grim Reaper. Protestors wearing flags marched.", "Protestor"),
    # a foreign article; "police" alone is no title
    ("Le bilan est lourd, plusieurs policiers ont perdu la vie.", "Le"),
    ("Paris is mourning after this appalling attack on the [Police Prefecture].", "Prefecture"),
    # a sentence quoted in Spanish; a name never ends in a lower-case function word
    ('Pierluisi said, "If the Senate confirms me, I will be governor." Spanish language: Si el '
     'Senado me ratifica, seré gobernador hasta el 2020.', "el Senado"),
    ("Si el Senado no me ratifica, seré gobernador hasta el próximo miércoles The Senate was "
     "set to meet on Wednesday, but the Senate announced it would meet on Monday.", "Si el"),
    # a preposition opening a sentence; a kind of person, not a name
    ("Amongst reported incidents of sexual abuse, recently Cardinal George Pell was "
     "convicted.", "Amongst"),
    ("I did what any Londoner would do and tried to put a stop to it.", "Londoner"),
    # a family; a drug with an article; a word shouted in capitals; an ethnic term
    ("Donald Trump tested positive. Officials said the Trumps' 14-year-old son Barron tested "
     "negative.", "Trumps"),
    ("Donald Trump has been given zinc, vitamin D and a daily Aspirin.", "Aspirin"),
    ('Donald Trump posted: "We will get through this TOGETHER!"', "TOGETHER"),
    ("It is exciting to be a Latina sitting in that majority, Selena Torres said.", "Latina"),
    # a time zone; a title alone; a scope
    ("Today at 10:30 BST (0930 UTC), the Supreme Court issued a ruling.", "BST"),
    ("The decision of the Prime Minister to advise Her Majesty the Queen is not justiciable "
     "in Her Majesty's courts.", "Majesty"),
    ("One goal of the agreement is to encourage more intra-Africa trade.", "intra-Africa"),
    # a virus named after a place
    ("Kay Hagan died from Powassan virus, a flavivirus, leading to encephalitis.", "Powassan"),
    # an adjective-like acronym
    ("Some members of the local LGBT community have been critical.", "LGBT"),
    # a common word opening a sentence before a surname is no given name
    ("Victor Marrero ordered the release. Following Marrero's order, the court issued a stay.",
     "Following Marrero"),
    # regulations and conditions of carriage are texts, not organisations
    ("Those who violate the guidelines could be fined under National Rail Conditions of Travel "
     "and the Public Service Vehicle Regulations for Buses.",
     "Public Service Vehicle Regulations for Buses"),
    ("Those who violate the guidelines could be fined under National Rail Conditions of Travel "
     "and the Public Service Vehicle Regulations for Buses.", "National Rail Conditions of Travel"),
    # a title between an organisation and a person's name
    ("The order came from Coast Guard Commandant Admiral Elson Hermogino on Sunday.",
     "Coast Guard Commandant"),
    ("He visited the Capital Region in Denmark.", "Capital Region in Denmark"),
    # a town with its owner's possessive, a place and the person after it
    ("The study covered 8000 hours of shark observations in South Africa's False Bay.",
     "South Africa's False Bay"),
    ("Attendance at the procession in Kerman, Soleimani's hometown, was large.",
     "Kerman, Soleimani"),
    # an adjective opening a quotation
    ('"Heartbroken and numb," writes his partner Erick Rowan on Instagram.', "Heartbroken"),
    # titles of works after the kind of work they are
    ("Vanderbilt also authored several books, including the memoirs Once Upon a Time and Black "
     "Knight, White Knight and the 2009 novel Obsession, which critics called steamy.",
     "Obsession"),
    ("Vanderbilt also authored several books, including the memoirs Once Upon a Time and Black "
     "Knight, White Knight and the 2009 novel Obsession, which critics called steamy.",
     "Black Knight"),
    # awards; a time zone
    ("He became a NBA Finals MVP (Most Valuable Player) twice and 2008 NBA MVP.", "NBA MVP"),
    ("He became a NBA Finals MVP (Most Valuable Player) twice and 2008 NBA MVP.",
     "Most Valuable Player"),
    ("The aircraft overshot the runway around 7:38 pm IST (1408 UTC) in the evening.", "IST"),
    # a model after its number
    ("The new Boeing 737 Max was not airworthy, investigators have said.", "Max"),
    # a brand of a thing
    ("Reportedly, he flipped the Mack truck he had been driving on its side.", "Mack"),
    # storms, named with their kind and then alone
    ("The governor declared an emergency, with Tropical Storm Barry approaching the coast.",
     "Storm Barry"),
    ("Though Lorenzo was forecast to diminish from a hurricane to a tropical storm, Hurricane "
     "Lorenzo hit the Azores.", "Hurricane Lorenzo"),
    ("Today, as Hurricane Lorenzo hit the Azores, the service issued alerts. Though Lorenzo was "
     "forecast to diminish, gusts were strong.", "Lorenzo"),
    # a kind of person; a degree; a police rank
    ("In that event, Fields, a self-described Neo-Nazi, killed a woman named Heather Heyer.",
     "Neo-Nazi"),
    ("She completed a veterinary degree from the University of Queensland, as well as a Master "
     "of Business Affairs at Bond University.", "Master of Business Affairs"),
    ("Detective Constable Daniel Dubé said the drugs were found.", "Detective Constable Daniel Dubé"),
    # a common noun opening a quotation, written in lower case elsewhere; an adjective
    ('The guardrail would be examined. He said "Guardrails can only take so much."',
     "Guardrails"),
    ("The Avoyelles House of Mercy, a Pentecostal church, had been travelling to Florida.",
     "Pentecostal"),
    ("The fire in Bhera Market broke out at around 3:30am.", "Bhera"),
    # two names either side of a dash; a war
    ("Salling also takes over about 7000 employees from Tesco — Netto Poland currently has "
     "about 5000 employees.", "Tesco — Netto Poland"),
    ("He was among the Representatives who voted against the Iraq War in 2002.", "Iraq War"),
    # the rest of a name the model cut in two; a game
    ("The fire produced heavy smoke, and local officials said there was danger the building "
     "might collapse. Nils-Erik Haagenrud of Rogaland Fire and Rescue said late on Tuesday no "
     "personnel would be sent into the building. Rogaland Fire and Rescue requested support "
     "and equipment from other fire departments.", "Rogaland Fire"),
    ("Guy found a pattern in Conway's Game of Life, devised by John Horton Conway.",
     "Game of Life"),
    # a ship named after a person, and its prefix
    ("Sea-Eye renamed its ship. Their ship, MV Alan Kurdi, was previously MV Professor "
     "Albrecht Penck.", "Albrecht Penck"),
    ("Sea-Eye renamed its ship. Their ship, MV Alan Kurdi, was previously MV Professor "
     "Albrecht Penck.", "MV"),
    # a time zone
    ("The plane crashed near the end of a runway at 9:54 a.m. ET (1354 UTC) during an "
     "attempted landing, and struck a deicing facility at the airport, according to "
     "officials.", "ET"),
    # a holiday named after a person; a numbered electoral district
    ("He spent 15 years fighting for Martin Luther King Jr. Day to be a federal holiday.",
     "Martin Luther King Jr. Day"),
    ("He spent 15 years fighting for Martin Luther King Jr. Day to be a federal holiday.",
     "Jr. Day"),
    ("When Representative Kweisi Mfume of Maryland's seventh Congressional District "
     "resigned, Cummings ran.", "Congressional District"),
    # a journal's name that opens with a known one is not a journal and a person
    ("In findings published Tuesday in The Lancet Infectious Diseases, researchers "
     "established that poor hygiene is responsible.", "Infectious Diseases"),
    # a show's title is no one's name; "Allied" landings; a condolence
    ("The account for The Bernie and Sid Show, which replaced Imus in the Morning, hosted by "
     "Bernard McGuirk and Sid Rosenberg, tweeted.", "Bernie"),
    ("The account for The Bernie and Sid Show, which replaced Imus in the Morning, hosted by "
     "Bernard McGuirk and Sid Rosenberg, tweeted.", "The Bernie"),
    ("He helped predict wave conditions during Allied landings on both coasts.", "Allied"),
    ('Sid Rosenberg tweeted: "A radio legend indeed. RIP #Imus".', "RIP"),
    # a country before a known body's own name
    ("Former United States Central Intelligence Agency agent Tony Mendez died.",
     "United States Central Intelligence Agency"),
    # a currency's code and an amount
    ("They share SEK9 million (approximately GBP738 thousand or USD910 thousand).", "USD910"),
    # words after a nationality that are no one's name
    ("Troops of the Syrian Arab Republic moved in.", "Arab Republic"),
    ("Tseng also formed Chinese Precinct Chamber of Commerce, an organisation.",
     "Precinct Chamber"),
    # an award's field is no place; two bodies named together stay two
    ("Conway won the Nemmers Prize in Mathematics in 1998.", "Mathematics"),
    ("The Federal Aviation Administration and the National Transportation Safety Board "
     "will investigate.", "Federal Aviation Administration and the National Transportation "
     "Safety Board"),
]


@pytest.mark.parametrize("text,label", ABSENT)
def test_noise_never_becomes_a_node(extract, text, label):
    assert label not in {e.label for e in extract(text).entities}


def test_a_name_never_carries_the_line_break_after_it(extract):
    entities = extract("Professional cosplayer Candace Windfall as Catwoman\n\nCharacters from "
                       "Disney Fairies\n\nRocket Raccoon").entities
    assert "Catwoman" in {e.label for e in entities}
    assert all(e.label == e.label.strip() for e in entities)


# text, full label, surface forms that must be merged into it
MERGED = [
    # a company's first word alone ("Paramount" of "Paramount Skydance")
    ("Paramount Skydance launched a hostile bid for Warner Bros. Discovery. Paramount chief "
     "executive David Ellison accused Warner's board of favoring a weaker offer.",
     "Paramount Skydance", {"Paramount"}),
    # the rest of a name the model cut ("Aung San" + "Suu Kyi")
    ("The party of jailed leader Aung San Suu Kyi was dissolved. Suu Kyi was not allowed to run.",
     "Aung San Suu Kyi", {"Suu Kyi"}),
    # a word of a full name the news uses alone: a given name outside the tables, a
    # middle name
    ("President Prabowo Subianto expanded the role of the army. Prabowo also signed a deal with "
     "Australian Prime Minister Anthony Albanese.", "Prabowo Subianto", {"Prabowo"}),
    ("Brazilian President Luiz Inacio Lula da Silva met Xi Jinping. Lula praised China.",
     "Luiz Inacio Lula da Silva", {"Lula"}),
    ("Paul Biya won, while his main challenger, Issa Tchiroma Bakary, claimed victory. "
     "Tchiroma fled to Nigeria.", "Issa Tchiroma Bakary", {"Tchiroma"}),
    # a body's bare name, of the one regional body so named ("the European Commission")
    ("The European Commission fined Google. Meta accused the Commission of bias.",
     "European Commission", {"Commission"}),
    # "known as" another name, for an organisation
    ("The National Anti-Corruption Bureau of Ukraine, known as NABU, said investigators had "
     "uncovered a scheme. NABU arrested five people.", "National Anti-Corruption Bureau of Ukraine",
     {"NABU"}),
    # an acronym the article spells out before it is that name, not the table's
    ("The Rapid Support Forces captured El Fasher. The RSF denied killing civilians.",
     "Rapid Support Forces", {"RSF"}),
    # "known as" another name, whatever the model tagged that name
    ("RSF commander Mohamed Hamdan Dagalo, widely known as Hemedti, denied the reports. "
     "Hemedti later met the army chief.", "Mohamed Hamdan Dagalo", {"Hemedti"}),
    # a US department named with the country before it
    ("The US Department of Justice charged him. The Justice Department said more charges "
     "would come.", "Department of Justice", {"US Department of Justice", "Justice Department"}),
    # a body's name said without its middle words, past the chamber or nation opening it
    ("The House Oversight and Reform Committee met. Cummings chairs the Oversight Committee.",
     "House Oversight and Reform Committee", {"Oversight Committee"}),
    ("The Iranian Expediency Discernment Council met. The Expediency Council rejected it.",
     "Iranian Expediency Discernment Council", {"Expediency Council"}),
    # a short form of the given name alone, of the one person with the full given name
    ('Chadwick Boseman died. Ryan Coogler wrote of Boseman, "I noticed then that Chad was '
     'an anomaly."', "Chadwick Boseman", {"Chad", "Boseman"}),
    # a place name the model cut short ("116th United") runs on over the institution;
    # an ordinal before a place opens no name
    ("Pelosi was voted in by the incoming 116th United States Congress. The 116th U.S. "
     "Congress has the most women.", "Congress", {"United States Congress", "U.S. Congress"}),
    # an acronym spelled out after it in brackets, editors' square ones too, with a
    # hyphenated word in the long form
    ("Australia does well compared to other OECD [(Organisation for Economic Co-operation "
     "and Development)] countries.", "Organisation for Economic Co-operation and Development",
     {"OECD"}),
    # a short form of the given name the tables pair with the full one; a word of a
    # body's name written in another number
    ("Joseph Biden spoke on Monday. Later, Joe Biden left.", "Joseph Biden", {"Joe Biden"}),
    ("Mitchell Stoltz wrote a letter. We thank Mitch Stoltz for his help.", "Mitchell Stoltz",
     {"Mitch Stoltz"}),
    ("The Recording Industry Association of America sent a notice. What do you think of the "
     "Recording Industries Association of America's notice?",
     "Recording Industry Association of America", {"Recording Industries Association of America"}),
    # a body's name said with its first and last word only
    ("The Iranian Chess Federation banned her. She refused to play for the Iranian Federation.",
     "Iranian Chess Federation", {"Iranian Federation"}),
    # "the City of X" and "X City", said as places, are the city X (not a club)
    ("Melbourne is big. Unlike the City of London, the City of Melbourne is divided in 76 "
     "areas. People in Melbourne City sleep.", "Melbourne", {"City of Melbourne", "Melbourne City"}),
    # a name the model cut at "and", whole under the tables' name, its country form and
    # short form merged in
    ("On Monday morning, Director Anthony Fauci of the United States National Institute of "
     "Allergy and Infectious Diseases (NIAID), announced a trial.",
     "National Institute of Allergy and Infectious Diseases",
     {"United States National Institute of Allergy and Infectious Diseases", "NIAID"}),
    # a short form keeping some of the name's words; another name after "also called"
    ("The winners study at First Moscow State Medical University (First MSMU), also called "
     "Sechenov University. Oleg Titov is in his fifth year at the First MSMU.",
     "First Moscow State Medical University", {"First MSMU", "Sechenov University"}),
    # a body's name without "National", three words or more
    ("Wikinews contacted the National Search and Rescue Agency. Yesterday the Search and Rescue "
     "Agency told The Jakarta Post it would end its search.", "National Search and Rescue Agency",
     {"Search and Rescue Agency"}),
    ("The party was organised by Akhil Bharat Hindu Mahasabha (All India Hindu Union) "
     "president Swami Chakrapani.", "Akhil Bharat Hindu Mahasabha", {"All India Hindu Union"}),
    # a body named with its country's short form and in full
    ("The United States Navy confirmed the discovery. The group used data released by the U.S. "
     "Navy.", "United States Navy", {"U.S. Navy"}),
    # "American" + "Samoans" is one demonym; a plural slip for the one Senate
    ("American Samoans, unlike people born in the fifty states, are not citizens. Three "
     "American Samoans sued.", "American Samoa", {"American Samoans"}),
    ("The Senate will meet. If the Senates does not confirm me, I will leave.", "Senate",
     {"Senates"}),
    # a building's last word alone; a name the model cut short, and its lower-case slip;
    # an abbreviation defined after a name from the tables
    ("Usman Khan attacked people at Fishmongers' Hall. The attacker exited the Hall. A tusk "
     "came from the wall in Fishmongers' Hall.", "Fishmongers' Hall", {"Hall"}),
    ("Tupua Tamasese Meaole Hospital returned to normal, joining Leulumoega District Hospital. "
     "Leulumoega District hospital was made a measles ward.", "Leulumoega District Hospital",
     {"Leulumoega District hospital"}),
    ("Jehovah's Witnesses (JWs) report abuse internally. The Watch Tower Society directs the "
     "JWs on doctrines.", "Jehovah's Witnesses", {"JWs"}),
    ("Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the bill. "
     "NSW had the most restrictive law. New South Wales is a state.", "New South Wales",
     {"NSW"}),
    # an airline's short name; an invisible joiner is no part of a name
    ("Saha Airlines owned the plane. The database lists Saha as belonging to the Air Force.",
     "Saha Airlines", {"Saha"}),
    ("National news source Daily Xtra\u200d's editorial director, Rachel Giese, said she felt "
     "relief. Daily Xtra reported it first.", "Daily Xtra", set()),
    # a given name before "and" and a full name shares its surname
    ("Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison. Bill and "
     "Hillary Clinton visited.", "Bill Clinton", set()),
    # a national party "of America" is the party named without it (not a state's branch)
    ("Bill Hammons founded the Unity Party of America in 2004. The Unity Party is centrist.",
     "Unity Party of America", {"Unity Party"}),
    ("The party advocates DC statehood. Protesters marched in Washington.", "Washington, D.C.",
     {"DC", "Washington"}),
    ("Donald Trump arrived. Trump said the talks went well. President Trump left.",
     "Donald Trump", {"Trump"}),
    ("Nicolas Maduro spoke. Later Maduro left.", "Nicolas Maduro", {"Maduro"}),
    ("The US and the United States and the U.S. are one.", "United States", {"US", "U.S."}),
    ("Venezuelan officials met in Venezuela.", "Venezuela", {"Venezuelan"}),
    ("Osama bin Laden founded the group. Usama bin Ladin was killed in 2011.",
     "Osama bin Laden", {"Usama bin Ladin"}),
    ("Thailand's Thai Raksa Chart Party withdrew. Thai Raksa Chart complied with the order.",
     "Thai Raksa Chart Party", {"Thai Raksa Chart"}),
    ("Samir Dilou is a member of the Tunisian Parliament. Parliament did not pass the bill.",
     "Tunisian Parliament", {"Parliament"}),
    ("The House of Representatives voted on Monday. The House then adjourned.",
     "House of Representatives", {"House"}),
    ("The African Continental Free Trade Area (AfCFTA) began in July. The AfCFTA has 54 members.",
     "African Continental Free Trade Area", {"AfCFTA"}),
    ("The United States Commission on Presidential Debates met on Friday. Later the CPD said "
     "the debate was off.", "United States Commission on Presidential Debates", {"CPD"}),
    ("The United States House of Representatives impeached the president. The House voted "
     "along party lines.", "House of Representatives",
     {"House", "United States House of Representatives"}),
    ("ABS-CBN Corporation is the largest broadcaster. Later ABS-CBN's franchise expired.",
     "ABS-CBN Corporation", {"ABS-CBN"}),
    ("The bill was stuck in the Congress of the Philippines. Congress reconvened on Monday.",
     "Congress of the Philippines", {"Congress"}),
    ("The order was signed by ABS-CBN CEO Carlo Katigbak on Monday. Katigbak apologized.",
     "Carlo Katigbak", {"Katigbak"}),
    # a French honorific; a surname the model called a place, of a name it called an org
    ("Emily Spanton testified on Monday. The court found that Mme Spanton did not lie.",
     "Emily Spanton", {"Spanton"}),
    ("Spanton met officers Antoine Quirin and Nicolas Redouane. She was raped by Quirin, "
     "Redouane, and a third officer.", "Antoine Quirin", {"Quirin"}),
    # a name without its middle initial and second surname; a surname misspelt once; an
    # authority's name before its "of"
    ("Pedro R. Pierluisi Urrutia was sworn in. Later Pedro Pierluisi left. The Senate sued "
     "Pierliusi on Sunday.", "Pedro R. Pierluisi Urrutia", {"Pedro Pierluisi", "Pierliusi"}),
    ("The Port Authority of New York and New Jersey runs the bridge. The Port Authority said so.",
     "Port Authority of New York and New Jersey", {"Port Authority"}),
    # a region's name without its "Province"; a person and the peerage they sit under
    ("Larijani said: \"He offered honest services such as representing the honorable people of "
     "Qom, chairing the President's office and joining the Expediency Council.\" He had "
     "represented Iran's Qom Province.", "Qom Province", {"Qom"}),
    ("Colin Sutherland, Lord Carloway, the Lord President of the court, decided the case.",
     "Colin Sutherland", {"Carloway"}),
    # a company without its country; a court without its district
    ("Trump sued his tax preparer Mazars USA. He wanted to prevent Mazars from releasing his "
     "tax returns.", "Mazars USA", {"Mazars"}),
    ("District Court Judge Victor Marrero ruled. Trump had asked the United States District "
     "Court for the Southern District of New York intervene.",
     "United States District Court for the Southern District of New York", {"District Court"}),
    # a Zimbabwean honorific; a full name the model ran into "of" its party
    ("Robert Mugabe died. Cde Mugabe was an icon of liberation.", "Robert Mugabe", {"Mugabe"}),
    ("Mugabe won a presidential election over Morgan Tsvangirai of the MDC. Both Mugabe and "
     "Tsvangirai claimed victory.", "Morgan Tsvangirai", {"Tsvangirai"}),
    # a name in its language in parentheses; a party's last word alone
    ("As a result, the Supreme Court of Justice (Oberster Gerichtshof) of Austria brought the "
     "case. The court answered the Oberster Gerichtshof on Thursday.",
     "Supreme Court of Justice", {"Oberster Gerichtshof"}),
    ("Mukherjee joined the Indian National Congress (INC) in 1969. For the Congress, he was the "
     "helmsman.", "Indian National Congress", {"Congress"}),
    # a company name the model split before its legal suffix, and its English name
    ("Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired the "
     "group. HDT Limited was registered in August.", "HDT Védelmi Ipari Kft", {"HDT Limited"}),
    # a full name the model called an organisation, a surname it called a place
    ("Magyar Nemzet published an interview with Gáspár Maróth, the Hungarian Government "
     "commissioner. Maróth said the Hungarian bid won. Maróth noted the deal.",
     "Gáspár Maróth", {"Maróth"}),
    # a surname that is also a capital's name
    ("The attacker, identified as Sudesh Amman, 20, was released. Amman was described as "
     "knife-obsessed by the police.", "Sudesh Amman", {"Amman"}),
    # a newspaper without its "Daily"
    ("The Daily Telegraph cited a security source. Witnesses, according to The Telegraph, said "
     "a man attacked a group.", "The Daily Telegraph", {"Telegraph"}),
    # a full name in brackets after a short one, commas and all
    # a team named without its city
    ("He was chosen by the Charlotte Hornets in the first round. Before the season began, the "
     "Hornets traded him.", "Charlotte Hornets", {"Hornets"}),
    ("The Hornets traded him to the Los Angeles Lakers. Kobe Bryant stayed with the Lakers for "
     "20 years.", "Los Angeles Lakers", {"Lakers"}),
    # a short form whose letters run through the name; a place named again after a comma
    ("The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the first "
     "quake. Magnitude 6.3 according to Phivolcs, it was recorded as 6.4 elsewhere.",
     "Philippine Institute of Volcanology and Seismology", {"Phivolcs"}),
    ("The second quake was recorded in Sultan Kudarat. Charles Federic Plotena, the mayor of "
     "Esperanza, Sultan Kudarat, announced classes would be cancelled.", "Sultan Kudarat",
     {"Kudarat"}),
    # a birth name, ring names, "also known as" (never the label)
    ("Ginger Baker was born Peter Edward Baker in Lewisham, London, in 1939.", "Ginger Baker",
     {"Peter Edward Baker"}),
    ("US professional wrestler Jon Huber, who performed for WWE under the ring name Luke Harper "
     "and for AEW under the ring name Brodie Lee, died on Saturday aged 41.", "Jon Huber",
     {"Luke Harper", "Brodie Lee"}),
    # islands named with and without "Islands"
    ("Dorian made its initial landfall in the Abaco Islands on Sunday. Parts of Abaco are "
     "decimated, Minnis said.", "Abaco Islands", {"Abaco"}),
    # a company's web address; an organisation's former name (never its label)
    ("Shoppers used Amazon.com and eBay. Amazon shares rose.", "Amazon.com", {"Amazon"}),
    ("The Constitution Party was founded in 1991 as the U.S. Taxpayers Party. It changed to its "
     "current name in 1999. The Constitution Party opposes abortion.", "Constitution Party",
     {"U.S. Taxpayers Party"}),
    # a state's formal name; a quoted nickname between given name and surname
    ("He was found guilty under the laws of the State of Virginia. He lived in Virginia.",
     "Virginia", {"State of Virginia"}),
    ('54-year-old Metropolitan Police sergeant Matiu "Matt" Ratana was shot at the custody '
     'centre. Sergeant Ratana died.', 'Matiu "Matt" Ratana', {"Ratana"}),
    ("The general secretary of the RMT union (National Union of Rail, Maritime and Transport "
     "Workers), Mick Cash, said the measure was not enough.",
     "National Union of Rail, Maritime and Transport Workers", {"RMT union"}),
    # a committee without its chamber's name
    ("Cummings chaired the House Oversight and Reform Committee. Carolyn Maloney, the most "
     "senior Democrat on the Oversight and Reform Committee, stepped in.",
     "House Oversight and Reform Committee", {"Oversight and Reform Committee"}),
    # a sea by its adjective
    ("Eleven migrants died in a storm on the Mediterranean Sea. People drown in the "
     "Mediterranean daily.", "Mediterranean Sea", {"Mediterranean"}),
    # a palace, an airport or a hospital by a shorter name (not the town it is named after)
    ("The toilet was stolen from Blenheim Palace in Oxfordshire. It had been installed for "
     "visitors to use at Blenheim.", "Blenheim Palace", {"Blenheim"}),
    ("A bomber crashed at Bradley International Airport. Bradley Airport was shut down.",
     "Bradley International Airport", {"Bradley Airport"}),
    ("Victims went to Hartford Hospital and Saint Francis Hospital. Dr. Steven Wolf at Saint "
     "Francis said they received an alert.", "Saint Francis Hospital", {"Francis"}),
    # a birth name; a research body's first word alone
    ("US singer Doris Day died on Monday at her home in Carmel Valley, California. Day was born "
     "Doris Mary Ann Kappelhoff in Cincinnati, Ohio in 1922.", "Doris Day",
     {"Doris Mary Ann Kappelhoff"}),
    ("US lyricist Robert Hunter died at his home in San Rafael, California. Hunter composed "
     "lyrics for the Grateful Dead. Born Robert Burns in Arroyo Grande, California on June 23, "
     "1941, he took his stepfather's name.", "Robert Hunter", {"Robert Burns"}),
    ("He took a job at the Scripps Institution of Oceanography. He was recalled to Scripps "
     "after the war.", "Scripps Institution of Oceanography", {"Scripps"}),
    # a department's shorter name joins its one fuller name
    ("The Emergency Situations Ministry stated all occupants were from Smolensk. The "
     "Emergencies Ministry has called on drivers to slow down.", "Emergency Situations Ministry",
     {"Emergencies Ministry"}),
]


# text, the names one run-together span must be split into
SPLIT = [
    ('"It is unlawful," Hong Kong director of Amnesty International Man-kei Tam said.',
     {("Amnesty International", "ORG"), ("Man-kei Tam", "PERSON")}),
    ("Mitch McConnell, the Republican Senate Majority Leader, spoke.",
     {("Republican Party", "ORG"), ("Senate", "ORG")}),
    ("Terrorism specialist Ali Soufan told NPR Hamza bin Laden had appeared in Al-Qaeda videos.",
     {("NPR", "ORG"), ("Hamza bin Laden", "PERSON")}),
    ("Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning in Koszalin.",
     {("Koszalin", "PLACE"), ("Piotr Jedlinski", "PERSON")}),
    ("The Progressive Party of Working People, the main opposition force, objected.",
     {("Progressive Party of Working People", "ORG")}),
    ("Within a day, Belarusian KGB arrested 33 Russian individuals.",
     {("KGB", "ORG"), ("Belarus", "PLACE")}),
    ("The President accepted, according to a statement by the Presidential Spokesperson "
     "Harry Roque.", {("Harry Roque", "PERSON")}),
]


@pytest.mark.parametrize("text,present,absent", [
    ("Nkurunziza served in the CNDD-FDD during the war.", "CNDD-FDD", None),
    ("The US-EU talks ended on Monday.", "United States", "US-EU"),
])
def test_hyphenated_acronyms_are_organizations(extract, text, present, absent):
    found = {e.label: e.type for e in extract(text).entities}
    assert present in found and found[present] in ("ORG", "PLACE"), found
    assert absent not in found


def test_a_shared_surname_goes_to_the_person_the_article_is_about(extract):
    text = ("Early yesterday morning, United States Representative Elijah Cummings died. "
            "Cummings, the Democratic chairman of the House Oversight Committee, was 68. "
            "His parents, Robert Cummings Sr. and Ruth Elma Cummings, were sharecroppers. "
            "In grade school, Cummings expressed intent to become a lawyer. Cummings passed "
            "the state bar exam in 1976.")
    mentions = {e.label: e.mentions for e in extract(text).entities}
    assert mentions.get("Elijah Cummings", 0) >= 4, mentions
    assert mentions.get("Ruth Elma Cummings") == 1, mentions


def test_every_full_mention_counts_when_a_surname_is_shared(extract):
    text = ("Yesterday, English drummer Ginger Baker died. The news was confirmed by his daughter "
            "Nettie Baker. Baker was hospitalized in September. Ginger Baker was born in London. "
            "Baker began his career in jazz bands. Ginger Baker played with Eric Clapton.")
    mentions = {e.label: e.mentions for e in extract(text).entities}
    assert mentions.get("Ginger Baker", 0) >= 5 and mentions.get("Nettie Baker") == 1, mentions


def test_a_company_tagged_person_now_and_then_stays_an_organization(extract):
    text = ("Red Hat announced the change on Tuesday. Red Hat said the project would end. "
            "Customers of Red Hat were surprised. Red Hat sells Linux.")
    types = {e.label: e.type for e in extract(text).entities}
    assert types.get("Red Hat") == "ORG", types


def test_a_name_particle_never_starts_a_name(extract):
    text = ('Trump\'s statement read: "Hamza bin Ladin, the high-ranking al-Qa’ida member and son '
            'of Usama bin Ladin, was killed in a United States counterterrorism operation."')
    labels = {e.label for e in extract(text).entities if e.type == "PERSON"}
    assert "Hamza bin Ladin" in labels, labels


def test_given_name_and_surname_join_the_full_name(extract):
    text = ("Yesterday, former Representative John Conyers died. John James Conyers Jr. was "
            "first elected to Congress in 1964.")
    names = [e.label for e in extract(text).entities if e.type == "PERSON"]
    assert names == ["John James Conyers Jr."], names


def test_an_acronym_reporting_he_is_not_a_person(extract):
    text = "Conyers served for decades. NPR reported he had also served in Congress longer."
    types = {e.label: e.type for e in extract(text).entities}
    assert types.get("NPR") == "ORG", types


def test_a_name_followed_by_who_is_a_person(extract):
    text = ("Maria Kalesnikava headed the campaign of Viktar Babaryka, who was arrested and "
            "banned from the election.")
    types = {e.label: e.type for e in extract(text).entities}
    assert types.get("Viktar Babaryka") == "PERSON", types


@pytest.mark.parametrize("text,label", [
    ("Republic Act No. 3846, also known as the \"Radio Control Law\", requires a franchise.",
     "Radio Control Law"),
    ("Congress reconvened after their Lenten Break, which began on March 13.", "Lenten Break"),
])
def test_laws_and_breaks_are_not_organizations(extract, text, label):
    assert label not in {e.label for e in extract(text).entities}


def test_definite_description_resolves_to_the_one_organization_it_fits(extract):
    text = ("The National Telecommunications Commission (NTC) met ABS-CBN Corporation. "
            "The commission refused the request. The network went off the air.")
    # "the commission": the one organisation named so; "the network": the one company.
    mentions = {e.label: e.mentions for e in extract(text).entities}
    assert mentions["National Telecommunications Commission"] == 3, mentions
    assert mentions["ABS-CBN Corporation"] == 2, mentions


def test_definite_description_stays_unresolved_when_two_organizations_fit(extract):
    text = "Toyota Motor Corporation sued Samsung Electronics Co. on Monday. The company denied it."
    mentions = {e.label: e.mentions for e in extract(text).entities}
    assert all(count == 1 for count in mentions.values()), mentions


@pytest.mark.parametrize("text,names", SPLIT)
def test_names_run_together_by_the_model_are_split(extract, text, names):
    found = {(e.label, e.type) for e in extract(text).entities}
    assert names <= found, found


@pytest.mark.parametrize("text,label,aliases", [
    # "the House" is the one "House of ..." of the text
    ("On Friday Ford Motor Company announced the Department of Justice was investigating Ford.",
     "Ford Motor Company", {"Ford"}),
    ("The House of Representatives met on Monday. The House voted to impeach Trump.",
     "House of Representatives", {"House"}),
    # a company without its suffix, whatever the model called it
    ("Hunter Biden was on the board of Burisma Holdings. Burisma was investigated.",
     "Burisma Holdings", {"Burisma"}),
])
def test_short_forms_of_institutions_join_them(extract, text, label, aliases):
    entity = next(e for e in extract(text).entities if e.label == label)
    assert aliases <= set(entity.aliases), entity.aliases
    assert not any(e.label in aliases for e in extract(text).entities)


def test_a_named_part_of_an_institution_stays_apart(extract):
    labels = {e.label for e in extract("Speaker John Bercow of the House of Commons spoke. The "
                                       "House of Commons Library published a report.").entities}
    assert {"House of Commons", "House of Commons Library"} <= labels


@pytest.mark.parametrize("text,label,aliases", MERGED)
def test_aliases_resolve_to_one_node(extract, text, label, aliases):
    extraction = extract(text)
    nodes = [e for e in extraction.entities if e.label == label]
    assert len(nodes) == 1
    assert aliases <= set(nodes[0].aliases)
    others = {e.label for e in extraction.entities} - {label}
    assert not (aliases & others)


def test_a_company_stays_apart_from_its_division(extract):
    labels = {e.label for e in extract(
        "Amazon Web Services suffered an outage. Amazon said the cause was a DNS fault. "
        "Amazon Web Services restored service.").entities}
    assert {"Amazon", "Amazon Web Services"} <= labels


def test_a_town_stays_apart_from_the_hospital_named_after_it(extract):
    labels = {e.label for e in extract(
        "Victims went to Hartford Hospital. The crash happened in Hartford on Monday.").entities}
    assert {"Hartford", "Hartford Hospital"} <= labels


def test_a_committee_both_chambers_have_stays_apart(extract):
    labels = {e.label for e in extract(
        "He joined the House Judiciary Committee. He chaired the Judiciary Committee. The "
        "Senate Judiciary Committee met.").entities}
    assert {"House Judiciary Committee", "Judiciary Committee", "Senate Judiciary Committee"} \
        <= labels


def test_a_department_of_a_named_country_stays_apart_from_a_bare_one(extract):
    labels = {e.label for e in extract(
        "The Foreign Affairs Ministry said so. The Foreign Ministry denied it. The Russian "
        "Foreign Ministry agreed.").entities}
    assert {"Foreign Affairs Ministry", "Russian Foreign Ministry"} <= labels


def test_type_is_voted_over_all_mentions_not_the_first(extract):
    # spaCy's small model tags a bare "Trump" as ORG in many sentences.
    text = ("Trump issued a warning. Trump characterized the call as neutral. "
            "US President Donald Trump confirmed it.")
    trump = [e for e in extract(text).entities if e.label == "Donald Trump"]
    assert trump and trump[0].type == "PERSON"


def test_partial_name_joins_the_nearest_full_name(extract):
    text = ("Jorge Rodriguez met reporters on Monday. His sister, Delcy Rodriguez, is the "
            "vice president. Rodriguez said nothing.")
    labels = [e.label for e in extract(text).entities if e.type == "PERSON"]
    assert sorted(labels) == ["Delcy Rodriguez", "Jorge Rodriguez"]


def test_pronoun_resolves_to_salient_subject_not_relative_clause(extract):
    text = ("The US government has accused Maduro, who succeeded the late Hugo Chavez, "
            "of leading a cartel and has placed a bounty on his capture.")
    extraction = extract(text)
    rows = {(r.rule, r.target) for r in extraction.relations}
    assert ("bounty", "nicolas-maduro") in rows or ("bounty", "maduro") in rows


# "the bloc" and "the alliance" are the union or alliance named before; a sentence opening
# with "Its" is of the subject of the sentence before.
@pytest.mark.parametrize("text, edge", [
    ("The European Union imposed new sanctions on Iran. The bloc also criticized Russia.",
     ("European Union", "accuse", "Russia", False)),
    ("NATO leaders met in The Hague. The alliance condemned Russia.",
     ("NATO", "accuse", "Russia", False)),
    ("The Republican People's Party called the indictment an attack. Its leader criticized "
     "Turkey.", ("Republican People's Party", "accuse", "Turkey", False)),
    # "the company", "the paramilitary group": the one organisation just named, the
    # subject of several; "it" of a clause on when the subject acted
    ("Nvidia will invest $100 billion in OpenAI, the two companies said. The company will "
     "supply OpenAI with processors.", ("Nvidia", "cooperate", "OpenAI", False)),
    ("Sudan's army chief Abdel Fattah al-Burhan rejected the proposal, saying it would only "
     "reward the Rapid Support Forces. The paramilitary group, led by Mohamed Hamdan Dagalo, "
     "accepted it.",
     ("Mohamed Hamdan Dagalo", "affiliation", "Rapid Support Forces", False)),
    ("The Rapid Support Forces accepted the proposal last week, days after it captured the "
     "city of El Fasher.", ("Rapid Support Forces", "attack", "El Fasher", False)),
    ("Sudan's army chief Abdel Fattah al-Burhan rejected the proposal, saying it would only "
     "reward the Rapid Support Forces. The paramilitary group accepted it days after it "
     "captured the city of El Fasher.",
     ("Rapid Support Forces", "attack", "El Fasher", False)),
])
def test_descriptions_of_bodies_named_before(extract, text, edge):
    rows = edge_rows(extract(text))
    assert edge in rows, rows


# Not a description of another: "the rival company", what a subject is ("the largest
# group"), a kind of group ("the control group"), once "a company" is brought in; "it" of
# a clause on a plural subject ("Democrats ... until it reached").
@pytest.mark.parametrize("text, label, count", [
    ("Google sued Microsoft. The rival company said it would fight.", "Microsoft", 1),
    ("Microsoft bought the company in 2016.", "Microsoft", 1),
    ("The Abu Sayyaf Group attacked a town. The OIC is the largest group of Muslim nations.",
     "Abu Sayyaf Group", 1),
    ("The ACC was blocked in the rats belonging to the test group.", "ACC", 1),
    ("The FBI raided the offices of a company. The company said it was innocent.",
     "Federal Bureau of Investigation", 1),
    ("Some Democrats advocated packing the Supreme Court until it reached a liberal majority.",
     "Democratic Party", 1),
])
def test_descriptions_that_are_no_reference(extract, text, label, count):
    assert _mentions(extract(text)).get(label, 0) == count


# "the two nations", "the country", "the kingdom", "they": whom the text means, not those
# who act on them
@pytest.mark.parametrize("text, label, count", [
    ("US President Donald Trump confirmed that he had spoken with Venezuelan leader Nicolas "
     "Maduro, a dialogue that comes amid escalating tensions between the two nations.",
     "Venezuela", 2),
    ("The Venezuelan government responded, accusing the United States of preparing for an "
     "attack against the country.", "Venezuela", 2),
    ("Saudi Crown Prince Mohammed bin Salman met Trump at the White House. The kingdom pledged "
     "to invest in the American economy.", "Saudi Arabia", 2),
    ("Venezuelan authorities said that they had detained three Colombian citizens.",
     "Venezuela", 2),
])
def test_descriptions_of_countries(extract, text, label, count):
    assert _mentions(extract(text)).get(label, 0) == count


# An object pronoun is never the subject of its own clause, even when that subject is
# itself a pronoun ("He praised him"); a reflexive always is ("he devoted himself").
@pytest.mark.parametrize("text, edge", [
    ("President Donald Trump met Xi Jinping in Beijing on Monday. He praised him.",
     ("Donald Trump", "cooperate", "Xi Jinping", False)),
    ("Senator Mitch McConnell met Joe Biden on Friday. He later met him and praised him.",
     ("Mitch McConnell", "cooperate", "Joe Biden", False)),
    ("Chancellor Angela Merkel met Theresa May in Berlin. She wants to praise her.",
     ("Angela Merkel", "cooperate", "Theresa May", False)),
    # so is the object of the verb's preposition
    ("Kemi Badenoch accused Rachel Reeves of lying and called on her to resign.",
     ("Kemi Badenoch", "appeal", "Rachel Reeves", False)),
    ("Joe Biden accused Donald Trump of lying and called on him to resign.",
     ("Joe Biden", "appeal", "Donald Trump", False)),
    # and the subject a participle shares with its verb ("urging him", "after urging him")
    ("Israeli President Isaac Herzog got a letter. U.S. President Donald Trump had written to "
     "Herzog last month urging him to pardon Netanyahu.",
     ("Donald Trump", "appeal", "Isaac Herzog", False)),
    ("Donald Trump met Emmanuel Macron on Monday, after urging him to send troops.",
     ("Donald Trump", "appeal", "Emmanuel Macron", False)),
    # the owner of a threat is the subject of the act it threatens
    ("President Donald Trump said he would sign the measure. He also attacked the Federal "
     "Reserve chairman, Jerome Powell, over interest rates, and repeated his threat to fire him.",
     ("Donald Trump", "threaten", "Jerome Powell", False)),
])
def test_an_object_pronoun_is_not_its_clause_subject(extract, text, edge):
    rows = edge_rows(extract(text))
    assert edge in rows, rows


# A participle's subject is not shared where its object is a recipient ("giving him") or
# the clause names what another thing does ("cited an audit as prohibiting him").
@pytest.mark.parametrize("text, label, count", [
    ("Joe Biden won in South Carolina, giving him a total of 54 delegates.", "Joe Biden", 2),
    ("Donald Trump has cited an audit by the Internal Revenue Service as prohibiting him from "
     "releasing them.", "Donald Trump", 2),
])
def test_a_participles_recipient_can_be_the_subject(extract, text, label, count):
    assert _mentions(extract(text))[label] == count


def test_a_reflexive_is_its_clause_subject(extract):
    mentions = _mentions(extract("Governor Larry Hogan met Joe Biden. Biden described himself "
                                 "as a centrist."))
    assert mentions["Joe Biden"] == 3 and mentions["Larry Hogan"] == 1, mentions


# "it" is resolved only as the subject of what an organisation or place reports.
@pytest.mark.parametrize("text, label, count", [
    ("China warned it would impose sanctions.", "China", 2),
    ("The Iranian government said it had seized a tanker.", "Iran", 2),
    ("Microsoft said that it would buy the company.", "Microsoft", 2),
    ("Microsoft bought LinkedIn. It paid a lot.", "Microsoft", 1),
    ("Microsoft's rival said it would wait.", "Microsoft", 1),
])
def test_it_is_the_organisation_or_place_reporting_it(extract, text, label, count):
    assert _mentions(extract(text))[label] == count


def test_an_object_pronoun_takes_up_the_one_just_appointed(extract):
    rows = edge_rows(extract(
        "On Friday, Ricardo Rossello resigned as governor and Pedro Pierluisi was sworn in. The "
        "exiting governor Rossello appointed Pierluisi as secretary of state. Earlier on Friday, "
        "the House of Representatives confirmed him."))
    assert ("House of Representatives", "cooperate", "Pedro Pierluisi", False) in rows, rows


def _mentions(extraction) -> dict[str, int]:
    return {e.label: e.mentions for e in extraction.entities}


def test_she_is_a_woman_by_her_given_name(extract):
    rows = edge_rows(extract("Ahmed Harirchi met Masoumeh Ebtekar on Monday. She later accused "
                             "Hassan Rouhani of lying."))
    assert ("Masoumeh Ebtekar", "accuse", "Hassan Rouhani", False) in rows, rows
    assert ("Ahmed Harirchi", "accuse", "Hassan Rouhani", False) not in rows, rows


def test_he_in_a_quotation_is_not_its_speaker(extract):
    text = ('Mohammad Mir-Mohammadi died on Monday. Speaker of the parliament Ali Larijani '
            'wrote: "He served the people and joined the Expediency Council."')
    rows = edge_rows(extract(text))
    assert ("Mohammad Mir-Mohammadi", "affiliation", "Expediency Council", False) in rows, rows
    assert not any(row[0] == "Ali Larijani" for row in rows), rows


def test_a_pronoun_before_its_clause_subject_is_that_subject(extract):
    text = ("Mike Pompeo arrived on Monday. In his speech in Riyadh, Mohammed bin Salman spoke "
            "about the attack.")
    mentions = _mentions(extract(text))
    assert mentions["Mohammed bin Salman"] == 2 and mentions["Mike Pompeo"] == 1, mentions


def test_the_court_is_the_one_not_named_only_as_a_predicate(extract):
    text = ("The Court of Session issued an opinion on Wednesday. The Court of Session is the "
            "highest civil court in Scotland. The only court with higher authority is the Supreme "
            "Court. The court had been petitioned by Joanna Cherry.")
    rows = edge_rows(extract(text))
    assert ("Joanna Cherry", "appeal", "Court of Session", False) in rows, rows
    assert not any(row[2] == "Supreme Court" for row in rows), rows


def test_mentions_count_names_and_resolved_pronouns(extract):
    extraction = extract("Angela Merkel arrived in Paris. She met the press.")
    merkel = next(e for e in extraction.entities if e.label == "Angela Merkel")
    assert merkel.mentions == 2


def test_entity_ids_are_stable_slugs():
    assert entity_id("Nicolás Maduro") == "nicolas-maduro"
    assert entity_id("The United States") == "united-states"


def test_of_phrase_names_stay_whole(extract):
    text = ("The US government has accused Maduro, who succeeded the late Hugo Chavez, of "
            "leading the so-called Cartel of the Suns.")
    labels = {e.label for e in extract(text).entities}
    assert "Cartel of the Suns" in labels and "Suns" not in labels


def test_an_unnamed_subject_takes_he_from_the_people_named_before(extract):
    result = extract("Local prosecutor Remy Heitz said the suspect's wife was taken into "
                     "custody. Officials said the man was 45 years old. He lived in Gonesse.")
    heitz = next(e for e in result.entities if e.label == "Remy Heitz")
    assert heitz.mentions == 1
    result = extract("Donald Trump spoke on Friday. Trump said the man was a criminal. He added "
                     "that Iran was to blame.")
    trump = next(e for e in result.entities if e.label == "Donald Trump")
    assert trump.mentions == 3  # a sentence that names someone keeps "he" theirs


def test_an_abbreviation_of_the_words_before_a_name_is_not_its_alias(extract):
    result = extract("Labour's Member of Parliament (MP) Yvette Cooper spoke. Parliament voted. "
                     "Conservative MP Philip Hammond commented.")
    parliament = next(e for e in result.entities if e.label == "Parliament")
    assert "MP" not in parliament.aliases


def test_an_age_before_a_name_modifying_a_noun_says_nothing_of_the_name(extract):
    result = extract("Police arrested a 36-year-old Cheltenham man on suspicion of burglary.")
    assert ("Cheltenham", "PERSON") not in {(e.label, e.type) for e in result.entities}


def test_a_modifier_opening_a_sentence_is_no_person(nlp, book):
    # the model's "Twin" person depends on the text around it: tag it by hand
    doc = nlp("Twin bombings struck the cathedral.")
    doc.ents = [Span(doc, 0, 1, "PERSON")]
    assert [m.text for m in mentions_from_ents(0, doc, book)] == []
    doc = nlp("Biden aides said so. Biden left.")  # a name the text writes again
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 5, 6, "PERSON")]
    assert [m.text for m in mentions_from_ents(0, doc, book)] == ["Biden", "Biden"]


def test_a_relative_named_with_a_middle_name_is_another_person(extract):
    names = {e.label for e in extract(
        "U.S. heiress Gloria Vanderbilt died on Monday. Vanderbilt was the subject of a custody "
        "battle between her widowed mother, Gloria Morgan Vanderbilt, and her aunt, Gertrude "
        "Vanderbilt Whitney. Gloria Vanderbilt later became a designer.").entities}
    assert {"Gloria Vanderbilt", "Gloria Morgan Vanderbilt"} <= names, names


def test_a_version_number_stays_out_of_the_label(extract):
    labels = {e.label for e in extract(
        "Kurtzer announced Rocky Linux. To convert a CentOS 8 system to Rocky Linux 8, you only "
        "need to run a single command. Rocky Linux will run on ARM.").entities}
    assert "Rocky Linux" in labels and "Rocky Linux 8" not in labels


def test_a_given_name_outside_the_tables_can_still_be_a_womans(extract):
    rows = edge_rows(extract(
        "Representative Alexandria Ocasio-Cortez called on Chuck Schumer to step down, and "
        "several House Democrats accused him of caving."))
    assert ("Democratic Party", "accuse", "Chuck Schumer", False) in rows
    assert ("Democratic Party", "accuse", "Alexandria Ocasio-Cortez", False) not in rows


@pytest.mark.parametrize("text, edge, wrong", [
    # a woman known to be one (by a noun beside her name) before a surname of unknown gender
    ("President Trump met Xandra Quist, Edward Corr's widow, on Monday. The Justice Department "
     "later charged her.", ("Department of Justice", "accuse", "Xandra Quist", False),
     ("Department of Justice", "accuse", "Trump", False)),
    # ... or by her given name; and what is demanded is not done
    ("Federal prosecutors charged New York Attorney General Letitia James with bank fraud on "
     "Thursday, weeks after President Trump publicly demanded that the Justice Department "
     "prosecute her.", ("Trump", "appeal", "Department of Justice", False),
     ("Department of Justice", "accuse", "Trump", False)),
])
def test_a_female_pronoun_prefers_a_known_woman(extract, text, edge, wrong):
    rows = edge_rows(extract(text))
    assert edge in rows and wrong not in rows, rows


@pytest.mark.parametrize("text, edge", [
    ("Trump said he had spoken with Chinese leader Xi Jinping. The Chinese leader also urged "
     "Washington to handle the Taiwan issue with caution.",
     ("Xi Jinping", "appeal", "Washington, D.C.", False)),
    ("Trump said he had spoken with Chinese President Xi Jinping. The Chinese president also "
     "urged Washington to handle the issue with caution.",
     ("Xi Jinping", "appeal", "Washington, D.C.", False)),
])
def test_the_nationality_and_title_is_the_one_so_titled(extract, text, edge):
    rows = edge_rows(extract(text))
    assert edge in rows and ("China", "appeal", "Washington, D.C.", False) not in rows, rows


def test_a_person_the_pronouns_made_a_man_is_not_her(extract):
    # neither given name is in the tables; "his dismissal" says Ronen Bar is a man
    rows = edge_rows(extract(
        "Israel's cabinet voted to dismiss Shin Bet chief Ronen Bar. Bar said in a letter that "
        "his dismissal was politically motivated. Attorney General Gali Baharav-Miara had "
        "warned that the cabinet could not legally fire Bar without her review. The government "
        "later moved to dismiss her as well."))
    assert ("Israel", "coerce", "Gali Baharav-Miara", False) in rows, rows


def test_a_wire_dateline_is_no_alias_or_actor(extract):
    extraction = extract("KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy fired his "
                         "justice and energy ministers on Wednesday.")
    assert not [e for e in extraction.entities if "AP" in e.aliases or e.label == "AP"]
    rows = edge_rows(extraction)
    assert ("Volodymyr Zelenskyy", "affiliation", "Ukraine", False) in rows
    assert not [r for r in rows if r[2] == "Volodymyr Zelenskyy"], rows
