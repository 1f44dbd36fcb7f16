"""Relation rules: one table per rule family, sentence in, edges out."""
from __future__ import annotations

import pytest

from conftest import edge_rows, labels_of


def _check(extract, text, expected):
    rows = edge_rows(extract(text))
    assert expected in rows, f"{expected} not in {rows}"


VOICE = [
    ("Russia accused Ukraine of shelling the plant.", ("Russia", "accuse", "Ukraine", False)),
    ("Ukraine was accused by Russia of violating the ceasefire.",
     ("Russia", "accuse", "Ukraine", False)),
    ("Washington imposed sanctions on Iran.", ("Washington, D.C.", "coerce", "Iran", False)),
    ("Mahan Air's director, Hamid Arabnejad, was sanctioned by the US.",
     ("United States", "coerce", "Hamid Arabnejad", False)),
]

PREPOSITIONS = [
    ("President Joe Biden met with Chinese President Xi Jinping in Bali.",
     ("Joe Biden", "consult", "Xi Jinping", False)),
    ("Biden spoke with Zelensky on Tuesday.", ("Biden", "consult", "Zelensky", False)),
    ("The UN called on Myanmar to release political prisoners.",
     ("United Nations", "appeal", "Myanmar", False)),
    ("Greenpeace, based in Amsterdam, criticized Shell.",
     ("Greenpeace", "location", "Amsterdam", False)),
]

CLAUSES = [
    ("The Kremlin responded, accusing NATO of provoking the conflict.",
     ("Kremlin", "accuse", "NATO", False)),
    ("The European Union urged Israel to allow aid into Gaza.",
     ("European Union", "appeal", "Israel", False)),
    ("The US government has accused Maduro, who succeeded the late Hugo Chavez, of leading "
     "the cartel.", ("Maduro", "related", "Hugo Chavez", False)),
    ("Trump said he would meet Kim Jong Un.", ("Trump", "consult", "Kim Jong Un", False)),
]

CONJUNCTIONS = [
    # a list of subjects the parser read as a name and its apposition
    ("Mali, Burkina Faso and Niger formed their own alliance, the Alliance of Sahel States.",
     ("Niger", "affiliation", "Alliance of Sahel States", False)),
    ("France and Germany condemned Russia.", ("France", "accuse", "Russia", False)),
    ("France and Germany condemned Russia.", ("Germany", "accuse", "Russia", False)),
    ("Macron met Scholz and Sunak in Paris.", ("Macron", "consult", "Sunak", False)),
    ("Iran and Saudi Arabia held talks in Baghdad.", ("Iran", "consult", "Saudi Arabia", False)),
]

NOUNS = [
    # who wins someone's backing receives it from them
    ("Jose Antonio Kast won the endorsement of libertarian Johannes Kaiser, who finished "
     "fourth, and of conservative Evelyn Matthei.",
     ("Evelyn Matthei", "cooperate", "Jose Antonio Kast", False)),
    ("Biden has the support of Bernie Sanders.", ("Bernie Sanders", "cooperate", "Biden", False)),
    # the possessor of a word for a person is its object: "Putin's critic"
    ("Putin's fiercest critic, Alexei Navalny, died in prison.",
     ("Alexei Navalny", "accuse", "Putin", False)),
    ("Lindsey Graham, Trump's closest ally, spoke.", ("Lindsey Graham", "cooperate", "Trump", False)),
    ("Polish police arrested two Ukrainian citizens.", ("Poland", "coerce", "Ukraine", False)),
    # who brokers a deal "with" someone is a party to it
    ("The United States brokered a deal with the Taliban.",
     ("United States", "cooperate", "Taliban", False)),
    ("US sanctions against Russia took effect on Monday.",
     ("United States", "coerce", "Russia", False)),
    ("Talks between Israel and Hamas collapsed.", ("Israel", "consult", "Hamas", False)),
    ("India and Pakistan signed a ceasefire agreement.", ("India", "cooperate", "Pakistan", False)),
    ("Saudi Arabia offered asylum to the Yemeni president.",
     ("Saudi Arabia", "cooperate", "Yemen", False)),
    ("The United States has extended an offer for Maduro to escape to Russia.",
     ("United States", "cooperate", "Maduro", False)),
    ("The US has placed a $50 million bounty on Maduro.",
     ("United States", "coerce", "Maduro", False)),
    ("The United States Department of Justice unsealed further charges against Jong Woo Son.",
     ("Department of Justice", "accuse", "Jong Woo Son", False)),
    ("Osama bin Laden was killed in a US counter-terrorism operation.",
     ("United States", "attack", "Osama bin Laden", False)),
]

ROLES = [
    # "whose" role, parsed as an apposition of the country
    ("The exemption angered Ukraine, whose foreign minister, Andrii Sybiha, said Budapest was "
     "financing the war.", ("Andrii Sybiha", "affiliation", "Ukraine", False)),
    # "Its leader" opening a sentence: the subject of the sentence before
    ("The Republican People's Party called the indictment an attack on democracy. Its leader, "
     "Ozgur Ozel, said the party would hold protests.",
     ("Ozgur Ozel", "affiliation", "Republican People's Party", False)),
    # a rival of someone
    ("Istanbul Mayor Ekrem Imamoglu, the main rival of President Recep Tayyip Erdogan, was jailed.",
     ("Ekrem Imamoglu", "related", "Recep Tayyip Erdogan", False)),
    # two-word roles ending in "general"; the place an ambassador is sent to is not theirs
    ("The Chinese consul general in Osaka, Xue Jian, posted a message.",
     ("Xue Jian", "affiliation", "China", False)),
    ("Chinese Consul General Xue Jian posted a message.", ("Xue Jian", "affiliation", "China", False)),
    ("U.S. Ambassador to Japan George Glass expressed support.",
     ("George Glass", "affiliation", "United States", False)),
    # a hyphenated role the tokenizer split
    ("Teresa Ribera, the Commission's executive vice-president for competition, spoke.",
     ("Teresa Ribera", "affiliation", "Commission", False)),
    # a hyphenated adjective and a capitalised portfolio between the owner and the role
    ("Israel's far-right National Security Minister Itamar Ben-Gvir threatened to quit.",
     ("Itamar Ben-Gvir", "affiliation", "Israel", False)),
    ("Russia's long-serving Foreign Minister Sergei Lavrov spoke.",
     ("Sergei Lavrov", "affiliation", "Russia", False)),
    # a nationality the model ran into the portfolio after it
    ("Israeli National Security Minister Itamar Ben-Gvir threatened to quit.",
     ("Itamar Ben-Gvir", "affiliation", "Israel", False)),
    # a portfolio between the owner and the role (lowercase, even tagged a name)
    ("Russia's foreign ministry spokeswoman Maria Zakharova spoke.",
     ("Maria Zakharova", "affiliation", "Russia", False)),
    ("Russian foreign ministry spokeswoman Maria Zakharova spoke.",
     ("Maria Zakharova", "affiliation", "Russia", False)),
    ("US President Donald Trump spoke.", ("Donald Trump", "affiliation", "United States", False)),
    ("Venezuelan leader Nicolas Maduro spoke.",
     ("Nicolas Maduro", "affiliation", "Venezuela", False)),
    ("German Chancellor Olaf Scholz praised Poland's response.",
     ("Olaf Scholz", "affiliation", "Germany", False)),
    ("Jorge Rodriguez, the head of Venezuela's legislature, met with families of the victims.",
     ("Jorge Rodriguez", "affiliation", "Venezuela", False)),
    ("Tim Cook, Apple's chief executive, met with Narendra Modi.",
     ("Tim Cook", "affiliation", "Apple", False)),
    ("Mahan Air's director, Hamid Arabnejad, was sanctioned by the US.",
     ("Hamid Arabnejad", "affiliation", "Mahan Air", False)),
    ("Caracas, the capital of Venezuela, was quiet.", ("Caracas", "location", "Venezuela", False)),
    ("Kyiv is the capital of Ukraine.", ("Kyiv", "location", "Ukraine", False)),
    ("Prime Minister Igor Matovic of the Slovak Republic tested positive.",
     ("Igor Matovic", "affiliation", "Slovak Republic", False)),
    ("Member of Parliament Yvette Cooper of the Labour Party added a comment.",
     ("Yvette Cooper", "affiliation", "Labour Party", False)),
    ("UNESCO, a specialized agency of the United Nations, is based in Paris.",
     ("UNESCO", "affiliation", "United Nations", False)),
    ("UNESCO, a specialized agency of the United Nations, is based in Paris.",
     ("UNESCO", "location", "Paris", False)),
    ("Hamza bin Laden, son of Osama bin Laden, was killed.",
     ("Hamza bin Laden", "related", "Osama bin Laden", False)),
    ("Osama bin Laden founded Al-Qaeda in 1988.", ("Osama bin Laden", "affiliation", "Al-Qaeda", False)),
    ("On Monday, United States Senator from Vermont Bernie Sanders endorsed Joe Biden.",
     ("Bernie Sanders", "affiliation", "Vermont", False)),
    ("On Monday, United States Senator from Vermont Bernie Sanders endorsed Joe Biden.",
     ("Bernie Sanders", "cooperate", "Joe Biden", False)),
    ("Johnson became leader of the Conservative Party in July.",
     ("Johnson", "affiliation", "Conservative Party", False)),
    ("Opposition leader Jeremy Corbyn said his Labour Party was eager for an election.",
     ("Jeremy Corbyn", "affiliation", "Labour Party", False)),
    ("Speaking to Agence France-Presse, the president of the Tunisian League for the Defence of "
     "Human Rights, Jamel Msallem, said it was fine.",
     ("Jamel Msallem", "affiliation", "Tunisian League for the Defence of Human Rights", False)),
]

NEGATION = [
    # the denial is of the charge, by the accused: the accusation stands
    ("Congolese President Felix Tshisekedi has accused Rwanda of backing the rebels, a charge "
     "Kigali denies.", ("Felix Tshisekedi", "accuse", "Rwanda", False)),
    ("Kenya denied that Somalia attacked Ethiopia.", ("Somalia", "attack", "Ethiopia", True)),
    # a negating verb with its particle
    ("Supreme Leader Ayatollah Ali Khamenei ruled out direct negotiations with the United States.",
     ("Ali Khamenei", "consult", "United States", True)),
    # stopped or fell short of doing it: not done
    ("President Donald Trump stopped short of accusing Iran.",
     ("Donald Trump", "accuse", "Iran", True)),
    ("Britain fell short of recognizing Palestine.",
     ("United Kingdom", "cooperate", "Palestine", True)),
    # neither confirmed nor denied: not negated (hedged, tested below)
    ("Israel neither confirmed nor denied attacking Iran.", ("Israel", "attack", "Iran", False)),
    # "not ... until": it happened, late; "not ... in July" did not
    ("Senator Bernie Sanders did not endorse Hillary Clinton until July.",
     ("Bernie Sanders", "cooperate", "Hillary Clinton", False)),
    ("Senator Bernie Sanders did not endorse Hillary Clinton until she won the primary.",
     ("Bernie Sanders", "cooperate", "Hillary Clinton", False)),
    ("Senator Bernie Sanders did not endorse Hillary Clinton in July.",
     ("Bernie Sanders", "cooperate", "Hillary Clinton", True)),
    ("Moreover, the US does not recognize Maduro as the legitimate victor.",
     ("United States", "cooperate", "Maduro", True)),
    ("North Korea has yet to threaten Japan directly.", ("North Korea", "threaten", "Japan", True)),
    ("While Trump has yet to publicly threaten military action against Maduro, he spoke.",
     ("Trump", "threaten", "Maduro", True)),
    ("Russia refused to meet Ukraine in Istanbul.", ("Russia", "consult", "Ukraine", True)),
    ("China never recognized Kosovo.", ("China", "cooperate", "Kosovo", True)),
]

# Sentences with an edge that must not be read from them (other edges may be).
WRONG = [
    # what triggered a row is no side in it
    ("China told its citizens on Friday to avoid travelling to Japan, escalating a diplomatic "
     "row triggered by Japanese Prime Minister Sanae Takaichi's comments.",
     ("China", "accuse", "Sanae Takaichi", False)),
    # a charge is its maker's, not the accused's; an association's members are not its owners;
    # no handshake is no sign of no meeting
    ("Colombia's President Gustavo Petro said Washington was preparing an invasion, a charge "
     "the White House denied.", ("White House", "reject", "Washington, D.C.", False)),
    ("The Computer and Communications Industry Association, which represents Google and Meta, "
     "also condemned the fine.", ("Computer and Communications Industry Association",
                                  "affiliation", "Google", False)),
    ("Congolese President Felix Tshisekedi and Rwandan President Paul Kagame signed a peace "
     "accord. The two presidents did not shake hands.",
     ("Felix Tshisekedi", "consult", "Paul Kagame", True)),
    # a dateline without an agency is no subject
    ("Headline\n\nBRUSSELS — The European Union's trade commissioner, Maros Sefcovic, urged "
     "the United States on Monday to lower its tariffs.", ("Brussels", "appeal", "United States",
                                                          False)),
    # "the two leaders" are the leaders named, not a spokesman named last
    ("Syrian President Ahmed al-Sharaa held talks with Russian President Vladimir Putin at the "
     "Kremlin on Wednesday. Kremlin spokesman Dmitry Peskov declined to comment on the request. "
     "The two leaders also discussed the future of Russia's naval base at Tartus.",
     ("Vladimir Putin", "consult", "Dmitry Peskov", False)),
    # an attack that would be answered has not been done
    ("Pakistani Defence Minister Khawaja Asif warned that Pakistan would respond to any Indian "
     "attack. The United States condemned the attack.", ("United States", "accuse", "India",
                                                         False)),
    # refusing someone's demands is no demand of one's own
    ("Defence Minister Boris Pistorius, a Social Democrat, had resisted demands from Merz's "
     "Christian Democrats for an automatic lottery.", ("Boris Pistorius", "appeal", "Merz", True)),
    ("Iran rejected demands from the EU.", ("Iran", "appeal", "European Union", True)),
    # talks frozen are no talks held, however parsed
    ("Georgian Dream, founded by billionaire Bidzina Ivanishvili, froze accession talks with "
     "Brussels last year.", ("Georgian Dream", "consult", "Brussels", False)),
    # heading a country's delegation is not leading the country
    ("Ukraine's delegation was headed by Andriy Yermak.", ("Andriy Yermak", "affiliation",
                                                           "Ukraine", False)),
    # one flown somewhere after an arrest visits no one
    ("Rodrigo Duterte is fit to stand trial. Duterte was arrested in Manila in March on an ICC "
     "warrant and flown to The Hague the same day.", ("Rodrigo Duterte", "consult", "The Hague",
                                                     False)),
    # an apposition belongs to the names before it, not to the next one listed
    ("Ukraine's delegation was headed by Andriy Yermak, the chief of staff to President "
     "Volodymyr Zelensky, and Rustem Umerov, the secretary of the National Security and "
     "Defence Council.", ("Rustem Umerov", "affiliation", "Volodymyr Zelensky", False)),
    # a sea or strait is where, and owns no crew
    ("Russia attacked the port of Odesa on the Black Sea and destroyed its grain stores.",
     ("Russia", "attack", "Black Sea", False)),
    ("Iran's Revolutionary Guards said on Friday they had seized a foreign oil tanker in the "
     "Strait of Hormuz for carrying smuggled fuel, and detained its 18 crew members.",
     ("Islamic Revolutionary Guard Corps", "coerce", "Strait of Hormuz", False)),
    # who proposed a truce is no party to it, nor are the proposers parties to each other
    ("The Rapid Support Forces said they had agreed to a truce proposed by the United States, "
     "Saudi Arabia and Egypt.", ("United States", "cooperate", "Egypt", False)),
    ("The Rapid Support Forces said they had agreed to a truce proposed by the United States, "
     "Saudi Arabia and Egypt.", ("Rapid Support Forces", "cooperate", "Saudi Arabia", False)),
    ("A peace plan drafted by the United States and Russia was rejected by Kyiv.",
     ("United States", "cooperate", "Russia", False)),
    # attacking companies is no armed attack
    ("U.S. Vice President JD Vance criticized the decision, accusing Brussels of attacking "
     "American companies.", ("Brussels", "attack", "United States", False)),
    ("Sri Lanka's parliament elected Harini Amarasuriya as prime minister on Monday. India and "
     "China both congratulated the new government.", ("India", "cooperate", "China", False)),
    # a list after a colon is no second object
    ("Carroll received the Solidarity Party's 2020 presidential nomination in September 2019 "
     "over two other contenders: candidate Joshua Perkins and past Wikinews interviewee Joe "
     "Schriner.", ("Carroll", "consult", "Joshua Perkins", False)),
    # "the arrest" is not taken up by a party holding protests
    ("The Republican People's Party (CHP) called the indictment an attack on democracy. Its "
     "leader, Ozgur Ozel, said the party would hold protests across the country. The European "
     "Parliament condemned the arrest earlier this year.",
     ("European Parliament", "accuse", "Republican People's Party", False)),
    # who vetoes a statement is not its author; "occupied" before a noun is an adjective
    ("Hungary vetoed a joint EU statement supporting Ukraine's territorial integrity.",
     ("Hungary", "cooperate", "Ukraine", False)),
    ("The European Union's foreign policy chief, Kaja Kallas, said on Monday that the bloc would "
     "not recognize any Russian sovereignty over occupied Ukrainian territory.",
     ("European Union", "attack", "Ukraine", False)),
    # papers released free no one
    ("Grijalva signed a petition to force a vote on releasing the Epstein files.",
     ("Grijalva", "cooperate", "Epstein", False)),
    # ... by the one who did it, not a participle's subject after it
    ("Earlier this month, the Israeli military struck a school in Gaza City that it said was "
     "used by Hamas militants, killing 22 people. The United Nations condemned the strike.",
     ("United Nations", "accuse", "Gaza", False)),
    # information given to a news outlet is no aid
    ("He said Darcy Richardson provided Wikinews with the text of a message.",
     ("Darcy Richardson", "cooperate", "Wikinews", False)),
    ("The U.S. Treasury removed al-Sharaa from its list of designated terrorists last week.",
     ("U.S. Treasury", "coerce", "al-Sharaa", False)),
    # joining countries in what they do is no membership of them; a gerund's conjunct
    ("The British government announced it would recognize a Palestinian state, joining France, "
     "Canada and Australia.", ("United Kingdom", "affiliation", "France", False)),
    ("Washington has pressed India to stop buying Russian oil and doubled tariffs on Indian "
     "goods in August.", ("India", "coerce", "India", False)),
    # firing someone is no attack; a strike on a port on a sea is no criticism; dismissing
    # someone from office is no rejection
    ("Israel's Supreme Court froze the government's decision to fire the head of the Shin Bet "
     "security agency, Ronen Bar.", ("Israel", "attack", "Ronen Bar", False)),
    ("Ukrainian drones hit the Russian port of Novorossiysk on the Black Sea, damaging an oil "
     "terminal, Russian officials said.", ("Ukraine", "accuse", "Russia", False)),
    ("Prime Minister Benjamin Netanyahu's cabinet had voted unanimously to dismiss Ronen Bar.",
     ("Benjamin Netanyahu", "reject", "Ronen Bar", False)),
    # an agreement scrapped is none signed
    ("Trump scrapped the trade agreement with Canada.", ("Trump", "cooperate", "Canada", False)),
    # hosting troops is no visit; a foreign owner does not own its country
    ("Noboa campaigned for the measure, part of his plans to host U.S. troops.",
     ("Noboa", "consult", "United States", False)),
    ("The Dutch government seized control of the chipmaker Nexperia in October, citing "
     "concerns that its Chinese owner Wingtech planned to move technology to China.",
     ("Wingtech", "affiliation", "Netherlands", False)),
    # a relative clause after an event's name is about the event; counted members
    ("Trump imposed new sanctions on Iran, which Russia opposed.",
     ("Russia", "reject", "Iran", False)),
    ("He has arranged for 3000 of the National Guard to be available and has requested "
     "President Donald Trump declare a state of emergency.",
     ("National Guard", "appeal", "Donald Trump", False)),
    # condemning a deed done to someone does not blame them
    ("Germany condemned the killing of Jamal Khashoggi.",
     ("Germany", "accuse", "Jamal Khashoggi", False)),
    ("Macron condemned Alexei Navalny's death.", ("Macron", "accuse", "Alexei Navalny", False)),
    ("Macron condemned the attack on Kyiv.", ("Macron", "accuse", "Kyiv", False)),
    # a second mediator is no side; who brokers a ceasefire is no party to it
    ("Egypt and Qatar, which mediated the ceasefire together with the United States, urged "
     "both sides to move on.", ("Egypt", "consult", "United States", False)),
    ("Egypt and Qatar brokered the ceasefire.", ("Egypt", "cooperate", "Qatar", False)),
    # suspending someone's reform does not remove them
    ("French Prime Minister Sebastien Lecornu agreed to suspend President Emmanuel Macron's "
     "pension reform.", ("Sebastien Lecornu", "coerce", "Emmanuel Macron", False)),
    # the country a text is about counts names, not the pronouns that stand for one
    ("Myanmar's military junta held an election on Sunday. Junta chief Min Aung Hlaing cast his "
     "vote in the capital, Naypyitaw. Thailand said it would accept the result.",
     ("Naypyidaw", "location", "Thailand", False)),
    # one only expected to hold a role does not hold it yet
    ("D66 leader Rob Jetten is expected to become the youngest prime minister of the "
     "Netherlands.", ("Rob Jetten", "affiliation", "Netherlands", False)),
    ("Donald Trump called Joe Biden a liar.", ("Donald Trump", "consult", "Joe Biden", False)),
    ("Donald Trump called Joe Biden sleepy.", ("Donald Trump", "consult", "Joe Biden", False)),
    # a deed done to one unnamed holder of a role is not done to the state
    ("Donald Trump accused Democrats of plotting a coup to unseat a sitting president of the "
     "United States.", ("Democratic Party", "related", "United States", False)),
    ("Armenia and Azerbaijan fought a war over the Nagorno-Karabakh region in 1994.",
     ("Armenia", "cooperate", "Azerbaijan", False)),
    ("Biden has the support of Bernie Sanders.", ("Biden", "cooperate", "Bernie Sanders", False)),
    # an apposition that names the alliance is no party to it
    ("Mali formed an alliance, the Alliance of Sahel States.",
     ("Mali", "cooperate", "Alliance of Sahel States", False)),
    ("U.S. Ambassador to Japan George Glass expressed support.",
     ("George Glass", "affiliation", "Japan", False)),
    # a state's citizens stand for it in what is done to bodies only
    ("Polish prosecutors charged two Ukrainian citizens with sabotage.",
     ("Poland", "accuse", "Ukraine", False)),
    ("Russia accused three British nationals of spying.",
     ("Russia", "accuse", "United Kingdom", False)),
    # a place before a title is no place's town ("Damascus, U.S. envoy Tom Barrack said")
    ("Israel is negotiating a security agreement with Damascus, U.S. envoy Tom Barrack said.",
     ("Damascus", "location", "United States", False)),
    # a court or judge sitting in a town or a state does not act for it
    ("Sarkozy was freed after a Paris appeals court granted his request.",
     ("Paris", "cooperate", "Sarkozy", False)),
    ("A federal judge in Oregon blocked the Trump administration from deploying troops.",
     ("Oregon", "coerce", "Trump", False)),
    ("Egypt and Qatar mediated the ceasefire between Israel and Hamas.",
     ("Egypt", "cooperate", "Qatar", False)),
]

MORE_FRAMES = [
    # an object pronoun in a relative clause is not the one the clause is on
    ("Sarkozy was jailed in October. The court barred him from contacting Justice Minister "
     "Gerald Darmanin, who visited him in prison in October.",
     ("Gerald Darmanin", "consult", "Sarkozy", False)),
    ("Colombia's President Gustavo Petro said Washington was preparing an invasion, a charge "
     "the White House denied.", ("White House", "reject", "Gustavo Petro", False)),
    ("The Computer and Communications Industry Association, which represents Google and Meta, "
     "also condemned the fine.", ("Google", "affiliation",
                                  "Computer and Communications Industry Association", False)),
    # a government's minister is its owner's; forces prompted to attack; citizens; raising a
    # case with someone; "criticised the fine" three sentences on
    ("Pakistani Defence Minister Khawaja Asif and the Taliban government's defence minister, "
     "Mullah Mohammad Yaqoob, signed the agreement.",
     ("Mullah Mohammad Yaqoob", "affiliation", "Taliban", False)),
    ("Pakistani air strikes on Kabul earlier this month had prompted Afghan forces to attack "
     "Pakistani border posts.", ("Afghanistan", "attack", "Pakistan", False)),
    ("Jimmy Lai is a British citizen.", ("Jimmy Lai", "affiliation", "United Kingdom", False)),
    ("Trump said he had raised Lai's case with Chinese leader Xi Jinping.",
     ("Trump", "consult", "Xi Jinping", False)),
    ("The European Commission fined Google 2.95 billion euros on Friday. Google said it would "
     "appeal. The company has paid such fines before. President Donald Trump criticised the "
     "fine within hours.", ("Donald Trump", "accuse", "European Commission", False)),
    # assistance to a country's investigators; "criticised the decision" (the decider told of
    # before); sworn in for a term as president; a call joined to what a result showed
    ("The United States condemned the attack and offered assistance to Indian investigators.",
     ("United States", "cooperate", "India", False)),
    ("A day earlier, Lee met US President Donald Trump, who approved South Korea's plan to build "
     "nuclear-powered submarines. North Korea, which fired ballistic missiles into the sea last "
     "week, criticised the decision.", ("North Korea", "accuse", "Donald Trump", False)),
    ("Samia Suluhu Hassan was sworn in for a second term as Tanzania's president on Monday.",
     ("Hassan", "affiliation", "Tanzania", False)),
    ("Luisa Gonzalez said the result showed that Ecuadorians did not trust the government, and "
     "called on Noboa to change course.", ("Luisa Gonzalez", "appeal", "Noboa", False)),
    # a hyphenated name of the tables; coalitions; a committee's chair and a committee named
    ("Indian investigators said a car bomb was carried out by a cell linked to "
     "Jaish-e-Mohammed, a militant group based in Pakistan.",
     ("Jaish-e-Mohammed", "location", "Pakistan", False)),
    ("A coalition between the CDU and the SPD took office.",
     ("Christian Democratic Union", "cooperate", "Social Democratic Party of Germany", False)),
    ("The European Parliament has delayed a vote. Bernd Lange, who chairs the parliament's trade "
     "committee, accused the Trump administration of moving the goalposts.",
     ("Bernd Lange", "affiliation", "European Parliament", False)),
    ("Senator Jim Risch chairs the Senate Foreign Relations Committee.",
     ("Jim Risch", "affiliation", "Senate Foreign Relations Committee", False)),
    # pausing intelligence sharing; a spokesman named after "his spokesman"; mediators and
    # negotiators act for their country
    ("Britain and the Netherlands have also paused some intelligence sharing with Washington.",
     ("United Kingdom", "coerce", "Washington, D.C.", False)),
    ("President Bola Tinubu ordered security agencies to rescue the girls. His spokesman, Bayo "
     "Onanuga, rejected Trump's claim.", ("Bayo Onanuga", "affiliation", "Bola Tinubu", False)),
    ("Egyptian mediators met Hamas officials in Cairo on Wednesday.",
     ("Egypt", "consult", "Hamas", False)),
    # "whose" with no clause the parser saw: the name before it
    ("Hungary, whose prime minister Viktor Orban is a close ally of Kobakhidze, is expected to "
     "block wider sanctions.", ("Viktor Orban", "affiliation", "Hungary", False)),
    ("Bill Hammons, 2020 presidential nominee of the Unity Party of America, whose running mate "
     "Eric Bodenstab spoke to Wikinews in August, provided Wikinews with his own plan.",
     ("Eric Bodenstab", "affiliation", "Bill Hammons", False)),
    # informing; a request refused; strikes carried out in a place; "called the strikes
    # murder" (the strikes told of before); a country of particular concern
    ("Trump said he had informed Chinese President Xi Jinping of the decision.",
     ("Trump", "consult", "Xi Jinping", False)),
    ("Washington had asked South Africa not to issue a leaders' declaration without US "
     "agreement, a request Pretoria rejected.", ("Pretoria", "reject", "Washington, D.C.", False)),
    ("Israel carried out air strikes in southern Gaza on Tuesday.",
     ("Israel", "attack", "Gaza", False)),
    ("The US military has destroyed more than 20 vessels since September, killing at least 80 "
     "people. Petro called the strikes \"murder\".", ("Petro", "accuse", "United States", False)),
    ("The United States designated Nigeria a \"country of particular concern\" over religious "
     "freedom last month.", ("United States", "coerce", "Nigeria", False)),
    ("Defence Minister Boris Pistorius, a Social Democrat, had resisted demands from Merz's "
     "Christian Democrats.", ("Boris Pistorius", "affiliation", "Social Democrats", False)),
    # an accusation joined to a reported clause with its own "had" is the speaker's
    ("Thai Prime Minister Anutin Charnvirakul said the blast showed that Cambodia had not kept "
     "its promises, and accused Phnom Penh of laying new mines in the area.",
     ("Anutin Charnvirakul", "accuse", "Phnom Penh", False)),
    # after a comma, a passive joined to a "since" clause is the main subject's
    ("Russian President Vladimir Putin arrived in New Delhi on Thursday for his first visit to "
     "India since the war in Ukraine began, and was greeted at the airport by Prime Minister "
     "Narendra Modi.", ("Narendra Modi", "consult", "Vladimir Putin", False)),
    # a role of a place and a party at once; a kin word named by its apposition
    ("Asfura, a former mayor of Tegucigalpa from the National Party, had received the "
     "endorsement of Donald Trump.", ("Asfura", "affiliation", "Tegucigalpa", False)),
    ("Asfura, a former mayor of Tegucigalpa from the National Party, had received the "
     "endorsement of Donald Trump.", ("Asfura", "affiliation", "National Party", False)),
    ("His brother, Mario Vizcarra, is running as the presidential candidate of the Green Party.",
     ("Mario Vizcarra", "affiliation", "Green Party", False)),
    # a relative clause on a named object
    ("He joined the Labour Party, which Keir Starmer leads.",
     ("Keir Starmer", "affiliation", "Labour Party", False)),
    # control of most of a region
    ("The Arakan Army, an ethnic armed group that controls most of Rakhine state, said it "
     "would not allow voting.", ("Arakan Army", "location", "Rakhine", False)),
    ("Russian forces captured parts of Kharkiv region.", ("Russia", "attack", "Kharkiv", False)),
    # what a written piece does, its writers do
    ("The EU ambassadors wrote an opinion piece criticising Russia.",
     ("European Union", "accuse", "Russia", False)),
    ("The state of Texas filed a lawsuit accusing Meta of violating privacy laws.",
     ("Texas", "accuse", "Facebook", False)),
    # "the party of X"; a special rapporteur named after the role
    ("The National League for Democracy, the party of detained former leader Aung San Suu Kyi, "
     "was dissolved in 2023.", ("Aung San Suu Kyi", "affiliation", "National League for Democracy",
                                False)),
    ("Critics, including the United Nations special rapporteur on Myanmar, Tom Andrews, have "
     "called the election a sham.", ("Tom Andrews", "affiliation", "United Nations", False)),
    # "the junta" is the country the text is about
    ("Myanmar's military government said on Monday that the election would go ahead. The "
     "junta's leader, Senior General Min Aung Hlaing, has promised civilian rule.",
     ("Min Aung Hlaing", "affiliation", "Myanmar", False)),
    ("Mali's army seized power in 2021. The military junta expelled France's ambassador.",
     ("Mali", "coerce", "France", False)),
    # "the Law and Justice party"; a parliament's country elects; "the new government" is
    # not those who congratulate it
    ("Nawrocki, who was backed by the Law and Justice party in the election, has pledged to "
     "cooperate with Trump on defence.", ("Law and Justice", "cooperate", "Nawrocki", False)),
    ("Sri Lanka's parliament elected Harini Amarasuriya as prime minister on Monday.",
     ("Harini Amarasuriya", "affiliation", "Sri Lanka", False)),
    ("Sri Lanka's parliament elected Harini Amarasuriya as prime minister on Monday. India and "
     "China both congratulated the new government.", ("India", "cooperate", "Sri Lanka", False)),
    # a warning joined to what was said about a thing; intelligence sharing suspended;
    # "the detentions" condemned are their doer's
    ("Chinese Foreign Ministry spokesperson Lin Jian said the matter was an internal affair and "
     "warned Washington not to interfere.", ("Lin Jian", "threaten", "Washington, D.C.", False)),
    ("Colombia suspended intelligence sharing with the United States in protest.",
     ("Colombia", "coerce", "United States", False)),
    ("Chinese authorities detained a prominent pastor, Ezra Jin, and dozens of members of his "
     "Zion Church. The United States condemned the detentions and called for their release.",
     ("United States", "accuse", "China", False)),
    # "the kingdom"; a statement vetoed is the statement's owner's
    ("Saudi Crown Prince Mohammed bin Salman met Trump at the White House. The kingdom pledged "
     "to invest nearly $1 trillion in the American economy.",
     ("Saudi Arabia", "cooperate", "United States", False)),
    ("Hungary vetoed a joint EU statement supporting Ukraine's territorial integrity.",
     ("Hungary", "reject", "European Union", False)),
    # "the attack" condemned is the one just told of
    ("Russian missiles struck Kyiv overnight. Macron condemned the attack.",
     ("Macron", "accuse", "Russia", False)),
    ("On Wednesday, the Israeli military said it had killed a senior Hezbollah commander in an "
     "air strike on Beirut's southern suburbs. Hezbollah vowed to retaliate. Lebanese President "
     "Joseph Aoun condemned the strike.", ("Joseph Aoun", "accuse", "Israel", False)),
    # a charge after the accusation it names; a move that drew condemnation; a protest
    # lodged; "described as a hostile state"; weapons provided
    ("Israel has accused Hezbollah of rearming with help from Iran, a charge the group denies.\n",
     ("Hezbollah", "reject", "Israel", False)),
    ("North Korea tested a missile in a move that drew condemnation from Japan.",
     ("Japan", "accuse", "North Korea", False)),
    ("Japan lodged a protest with North Korea through its embassy in Beijing.",
     ("Japan", "accuse", "North Korea", False)),
    ("Kim has described South Korea as a hostile state.", ("Kim", "accuse", "South Korea", False)),
    ("Russia has provided North Korea with missile technology.",
     ("Russia", "cooperate", "North Korea", False)),
    # a swap arranged for a country
    ("U.S. Treasury Secretary Scott Bessent, who had arranged a $20 billion currency swap for "
     "Argentina, congratulated Milei.", ("Scott Bessent", "cooperate", "Argentina", False)),
    # "they" reported by a country's authorities; taken off a sanctions list
    ("Venezuelan authorities said on Sunday that they had detained three Colombian citizens "
     "accused of planning attacks in Caracas.", ("Venezuela", "coerce", "Colombia", False)),
    ("The U.S. Treasury removed al-Sharaa from its list of designated terrorists last week.",
     ("U.S. Treasury", "cooperate", "al-Sharaa", False)),
    # greeting a visitor; a past tense joined to a gerund belongs to the finite verb; a group
    # named by who backs it; a country's one-word chamber; representing a place
    ("Indian Prime Minister Narendra Modi greeted Putin at the airport.",
     ("Narendra Modi", "consult", "Putin", False)),
    ("Washington has pressed India to stop buying Russian oil and doubled tariffs on Indian "
     "goods in August.", ("Washington, D.C.", "coerce", "India", False)),
    ("The Democratic Republic of Congo and the M23 rebels signed a framework agreement in Doha "
     "on Saturday. The Rwanda-backed group seized Goma and Bukavu earlier this year.",
     ("M23", "attack", "Goma", False)),
    ("Mexico's Senate approved tariffs on imports from China.", ("Senate", "affiliation", "Mexico", False)),
    ("Dorsa Derakhshani wants to represent the United States.",
     ("Dorsa Derakhshani", "affiliation", "United States", False)),
    # "the two countries" between which the subject mediates are not its own; a name parsed
    # as the sentence's root with its verb a clause on it
    ("Thailand and Cambodia traded accusations on Monday. Malaysia, which chairs ASEAN, "
     "offered to mediate between the two countries.", ("Malaysia", "consult", "Thailand", False)),
    ("Biden named Senator Kamala Harris of California as his running mate.",
     ("Biden", "related", "Kamala Harris", False)),
    # the place a port is named; strikes across a country; firing at; a dismissal, also by
    # "whom"; dismissing claims or a person "as" something is rejection
    ("Ukrainian drones hit the Russian port of Novorossiysk on the Black Sea, damaging an oil "
     "terminal, Russian officials said.", ("Ukraine", "attack", "Novorossiysk", False)),
    ("Russian missiles and drones struck energy facilities across Ukraine overnight.",
     ("Russia", "attack", "Ukraine", False)),
    ("Iran fired missiles at Israel.", ("Iran", "attack", "Israel", False)),
    ("Prime Minister Benjamin Netanyahu's cabinet had voted unanimously to dismiss Ronen Bar.",
     ("Benjamin Netanyahu", "coerce", "Ronen Bar", False)),
    ("Keir Starmer reshuffled his cabinet. Lucy Powell, a former Commons leader whom Starmer "
     "fired in the reshuffle, is running.", ("Keir Starmer", "coerce", "Lucy Powell", False)),
    ("Dmitry Peskov dismissed Zelensky's claims.", ("Dmitry Peskov", "reject", "Zelensky", False)),
    ("Trump accused South Africa of persecuting farmers, a claim the government denied.",
     ("South Africa", "reject", "Trump", False)),
    ("Russia denied the allegations by Ukraine.", ("Russia", "reject", "Ukraine", False)),
    ("Donald Trump dismissed Joe Biden as weak.", ("Donald Trump", "reject", "Joe Biden", False)),
    # leaving an agreement with someone
    ("The United States withdrew from the 2015 nuclear deal with Iran.",
     ("United States", "coerce", "Iran", False)),
    ("Trump withdrew the United States from the nuclear deal with Iran in 2018.",
     ("Trump", "coerce", "Iran", False)),
    ("Russia pulled out of the grain deal with Ukraine.", ("Russia", "coerce", "Ukraine", False)),
    # a body seized; its goods blocked; legal proceedings; troops hosted; a foreign owner
    ("The Dutch government seized control of the chipmaker Nexperia in October.",
     ("Netherlands", "coerce", "Nexperia", False)),
    ("China responded by banning exports of Nexperia chips made in its factories.",
     ("China", "coerce", "Nexperia", False)),
    ("The European Commission has launched legal proceedings against Hungary.",
     ("European Commission", "accuse", "Hungary", False)),
    ("Noboa campaigned for the measure, part of his plans to host U.S. troops.",
     ("Noboa", "cooperate", "United States", False)),
    ("Chinese owner Wingtech said it would appeal.", ("Wingtech", "affiliation", "China", False)),
    # a verb parsed as its object's adjective; each nationality of a joined pair; protesting
    # what someone said; the voters' country or the body that elects one holds the office
    ("Nigerian President Bola Tinubu rejected claims by U.S. officials that Christians were "
     "being persecuted in Nigeria, after Trump threatened military action against the country.",
     ("Trump", "threaten", "Nigeria", False)),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.",
     ("India", "attack", "Pakistan", False)),
    ("China summoned the Japanese ambassador to protest remarks by Sanae Takaichi.",
     ("China", "accuse", "Sanae Takaichi", False)),
    ("Chilean voters elected Jose Antonio Kast as president on Sunday.",
     ("Jose Antonio Kast", "affiliation", "Chile", False)),
    ("Voters in Bolivia elected Rodrigo Paz as president.",
     ("Rodrigo Paz", "affiliation", "Bolivia", False)),
    ("The Labour Party elected Keir Starmer as leader.",
     ("Keir Starmer", "affiliation", "Labour Party", False)),
    # "help X do"; a relative clause on a name after a preposition of no event; those counted
    ("Merz said Germany was ready to help Poland strengthen its eastern border.",
     ("Germany", "cooperate", "Poland", False)),
    ("Poland closed its border with Belarus, which the EU accuses of sending migrants.",
     ("European Union", "accuse", "Belarus", False)),
    ("Pakistan expelled thousands of Afghan refugees this year.",
     ("Pakistan", "coerce", "Afghanistan", False)),
    ("Thousands of North Korean soldiers have fought alongside Russian troops.",
     ("North Korea", "cooperate", "Russia", False)),
    # a strike on a site in a place attacks the place; people killed in a place
    ("Ukrainian forces struck an oil refinery in the Russian city of Saratov overnight.",
     ("Ukraine", "attack", "Saratov", False)),
    ("Russian drones hit a power plant in Kharkiv on Sunday.",
     ("Russia", "attack", "Kharkiv", False)),
    ("Israeli strikes killed at least 30 people in Gaza overnight.",
     ("Israel", "attack", "Gaza", False)),
    # condemning a deed blames its doer
    ("Macron condemned Russian drone incursions into Polish airspace.",
     ("Macron", "accuse", "Russia", False)),
    ("Macron condemned the US strikes on Venezuela.", ("Macron", "accuse", "United States", False)),
    ("Germany condemned the arrest of Ekrem Imamoglu by Turkish police.",
     ("Germany", "accuse", "Turkey", False)),
    # a name parsed as a time after "met"; a day is no one asked to act; lending; a
    # declaration signed together
    ("U.S. Deputy Secretary of State Christopher Landau attended the inauguration and met Paz.",
     ("Christopher Landau", "consult", "Paz", False)),
    ("The European Union agreed on Thursday to lend Ukraine 90 billion euros.",
     ("European Union", "cooperate", "Ukraine", False)),
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a "
     "peace declaration at the White House on Friday.",
     ("Nikol Pashinyan", "cooperate", "Ilham Aliyev", False)),
    # an agreement suspended or torn up
    ("Thai Prime Minister Anutin Charnvirakul suspended a peace deal with Cambodia on Monday.",
     ("Anutin Charnvirakul", "coerce", "Cambodia", False)),
    ("Donald Trump tore up the nuclear deal with Iran.", ("Donald Trump", "coerce", "Iran", False)),
    # "both countries" one urges are not one's own
    ("Thailand accused Cambodia of laying new mines. Malaysian Prime Minister Anwar Ibrahim, "
     "who helped broker the October agreement, urged both countries to keep talking.",
     ("Anwar Ibrahim", "appeal", "Thailand", False)),
    # talks after which the subject acted; trade halted or sold
    ("Dutch Economy Minister Vincent Karremans later suspended the order after talks with "
     "Chinese officials.", ("Vincent Karremans", "consult", "China", False)),
    ("China suspended imports of Japanese seafood.", ("China", "coerce", "Japan", False)),
    ("China banned imports of Japanese seafood.", ("China", "coerce", "Japan", False)),
    ("Donald Trump announced the sale of F-35 fighter jets to Saudi Arabia.",
     ("Donald Trump", "cooperate", "Saudi Arabia", False)),
    # who agree to do something agree with each other; an agreement's parties mean to do
    # what it says; a pledged sum "of investment in"
    ("German Chancellor Friedrich Merz and French President Emmanuel Macron agreed on "
     "Wednesday to build a joint fighter jet.",
     ("Friedrich Merz", "cooperate", "Emmanuel Macron", False)),
    ("Iran's Foreign Minister Abbas Araghchi met Rafael Grossi in Cairo on Tuesday and signed "
     "an agreement to resume cooperation with the International Atomic Energy Agency.",
     ("Abbas Araghchi", "cooperate", "International Atomic Energy Agency", False)),
    ("Tim Cook, Apple's chief executive, met President Trump at the White House and pledged "
     "$600 billion of investment in the United States.",
     ("Tim Cook", "cooperate", "United States", False)),
    # an object the parser hung on a particle; "the police", "the government" named before
    ("Reporters Without Borders condemned the verdict and called on Turkish authorities to "
     "release him.", ("Reporters Without Borders", "appeal", "Turkey", False)),
    ("Kenyan police fired tear gas at protesters in Nairobi on Monday. Amnesty International "
     "accused the police of using excessive force.",
     ("Amnesty International", "accuse", "Kenya", False)),
    ("The Venezuelan government closed the border. The United States condemned the government.",
     ("United States", "accuse", "Venezuela", False)),
    # what one is urged to stop, refuses to stop or does not stop goes on
    ("Erdogan also urged Israel to stop its strikes on Syrian territory.",
     ("Israel", "attack", "Syria", False)),
    ("Israel refused to stop attacking Syria.", ("Israel", "attack", "Syria", False)),
    ("Israel did not stop its strikes on Syria.", ("Israel", "attack", "Syria", False)),
    # a sum the parser hung the "in" on; "whom"; offers "of talks from"; coordinating
    ("Nvidia will invest up to $100 billion in Microsoft, the two companies said on Monday.",
     ("Nvidia", "cooperate", "Microsoft", False)),
    ("Maria Corina Machado dedicated the prize to President Donald Trump, whom she thanked for "
     "his support.", ("Maria Corina Machado", "cooperate", "Donald Trump", False)),
    ("North Korea rejected offers of talks from Seoul.", ("North Korea", "reject", "Seoul", False)),
    ("Japan will coordinate closely with South Korea on North Korea.",
     ("Japan", "cooperate", "South Korea", False)),
    # a deed set beside a clause is done by the clause's subject
    ("China and Indonesia agreed to cooperate on fisheries in disputed waters of the South "
     "China Sea, an agreement that drew criticism from the Philippines.",
     ("Philippines", "accuse", "Indonesia", False)),
    ("China and Indonesia signed a fisheries deal, a move that drew criticism from the "
     "Philippines.", ("Philippines", "accuse", "China", False)),
    # a body's shareholder
    ("Microsoft, OpenAI's largest shareholder, did not comment.",
     ("Microsoft", "affiliation", "OpenAI", False)),
    # what a subject faces or draws "from" someone is done to it by them
    ("Mark Carney's visit to Beijing drew criticism from Pierre Poilievre.",
     ("Pierre Poilievre", "accuse", "Mark Carney", False)),
    ("Mark Carney faced sanctions from the United States.",
     ("United States", "coerce", "Mark Carney", False)),
    # tariffs on a country's goods; ending talks
    ("China imposed tariffs on Canadian canola in March.", ("China", "coerce", "Canada", False)),
    ("Canada imposed tariffs on goods from China.", ("Canada", "coerce", "China", False)),
    ("Donald Trump ended trade talks with Canada.", ("Donald Trump", "coerce", "Canada", False)),
    ("Hamas broke off talks with Israel.", ("Hamas", "coerce", "Israel", False)),
    # coast guards and trains stand for their country
    ("Russian drones struck a Ukrainian passenger train in the Sumy region on Saturday.",
     ("Russia", "attack", "Ukraine", False)),
    ("The Philippine coast guard accused Chinese vessels of firing water cannon at a "
     "government ship.", ("Philippines", "accuse", "China", False)),
    ("China's coast guard said it had expelled the Philippine ship from Chinese waters and "
     "warned Manila to stop provocations.", ("China", "threaten", "Manila", False)),
    # firing or removing someone named; insults
    ("Donald Trump fired FBI Director James Comey.", ("Donald Trump", "coerce", "James Comey", False)),
    ('Secretary of State Marco Rubio called Gustavo Petro a "lunatic."',
     ("Marco Rubio", "accuse", "Gustavo Petro", False)),
    # calling someone is a call, calling something off does not happen
    ("Israeli Prime Minister Benjamin Netanyahu called Anthony Albanese on Sunday.",
     ("Benjamin Netanyahu", "consult", "Anthony Albanese", False)),
    ("Donald Trump called Joe Biden to congratulate him.", ("Donald Trump", "consult", "Joe Biden", False)),
    ("Hamas called off the talks with Israel.", ("Hamas", "consult", "Israel", True)),
    # who did it "together with" the subject did it too; each drafter of a resolution
    ("Israel, which bombed Iranian nuclear sites in June together with the United States, "
     "welcomed the resolution.", ("United States", "attack", "Iran", False)),
    ("The resolution, drafted by Britain, France, Germany and the United States, demanded that "
     "Iran provide information.", ("Germany", "appeal", "Iran", False)),
    # breaking with someone; a currency swap is aid; a country's refinery stands for it
    ("Issa Tchiroma broke with Paul Biya in June.", ("Issa Tchiroma", "reject", "Paul Biya", False)),
    ("The United States extended a $20 billion currency swap to Argentina.",
     ("United States", "cooperate", "Argentina", False)),
    ("Ukrainian forces struck a Russian oil refinery in Novorossiysk overnight.",
     ("Ukraine", "attack", "Russia", False)),
    ("Paul Biya won, while his main challenger, Issa Tchiroma Bakary, claimed victory.",
     ("Issa Tchiroma Bakary", "related", "Paul Biya", False)),
    # each one a proposal is from
    ("General Abdel Fattah al-Burhan rejected a truce proposal from the United States, Saudi "
     "Arabia, Egypt and the United Arab Emirates on Sunday.",
     ("Abdel Fattah al-Burhan", "reject", "Egypt", False)),
    # punishing and retaliating coerce; a country's oil and its military buildup stand for it
    ("Trump said the United States would not punish Hungary for buying Russian energy.",
     ("United States", "coerce", "Hungary", True)),
    ("China retaliated against the United States with tariffs.",
     ("China", "coerce", "United States", False)),
    ("Orban secured an exemption from American sanctions on Russian oil and gas.",
     ("United States", "coerce", "Russia", False)),
    ("Colombia's President Gustavo Petro criticized the U.S. military buildup in the Caribbean.",
     ("Gustavo Petro", "accuse", "United States", False)),
    # the subject of what was done during a visit made it
    ("German Chancellor Friedrich Merz raised the case during a visit to Ankara last month.",
     ("Friedrich Merz", "consult", "Ankara", False)),
    # people clash in words; states feud; troops fight alongside their allies
    ("Governor JB Pritzker has repeatedly clashed with Donald Trump.",
     ("Donald Trump", "accuse", "JB Pritzker", False)),
    ("Japan's diplomatic row with China deepened.", ("Japan", "accuse", "China", False)),
    ("Rwandan troops fought alongside M23 fighters when they captured Goma.",
     ("Rwanda", "cooperate", "M23", False)),
    # a body's office or agency acts for the body
    ("The United Nations human rights office called on Israel to hold the settlers accountable.",
     ("United Nations", "appeal", "Israel", False)),
    ("The UN refugee agency criticized Greece.", ("United Nations", "accuse", "Greece", False)),
    # a state leaving a body; an order's signer does what the order does
    ("Hungary announced its withdrawal from the International Criminal Court.",
     ("Hungary", "coerce", "International Criminal Court", False)),
    ("Donald Trump signed an executive order designating Antifa as a terrorist organization.",
     ("Donald Trump", "coerce", "Antifa", False)),
    # the one paid to do something does it (not the one sent somewhere to do it)
    ("Russia was paying bounties to the Taliban to kill American soldiers in Afghanistan.",
     ("Taliban", "attack", "United States", False)),
    ("Russia sent troops to Syria to fight ISIS.", ("Russia", "attack", "Islamic State", False)),
    # "with" hung on the agent of a passive participle
    ("The 28-point plan, negotiated by special envoy Steve Witkoff with Kremlin envoy Kirill "
     "Dmitriev, requires Ukraine to withdraw.", ("Steve Witkoff", "consult", "Kirill Dmitriev",
                                                False)),
    # a person travelling to a place visits it
    ("Army Secretary Dan Driscoll traveled to Kyiv on Monday.",
     ("Dan Driscoll", "consult", "Kyiv", False)),
    # a past tense joined to a reported clause of "was -ing" or "would" is the reporter's
    ("Donald Tusk warned that Russia was preparing for a wider conflict and accused Moscow of "
     "sabotage.", ("Donald Tusk", "accuse", "Moscow", False)),
    ("Israeli Defense Minister Israel Katz said Israel would continue to act against any threat "
     "and accused Hezbollah of rearming.", ("Israel Katz", "accuse", "Hezbollah", False)),
    # killing a body's unnamed member attacks the body
    ("Israel killed a senior Hezbollah commander.", ("Israel", "attack", "Hezbollah", False)),
    # two subjects the parser did not join
    ("Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met President "
     "Trump at the White House.", ("Paul Kagame", "consult", "Trump", False)),
    # each nationality before a noun trigger
    ("Iran suspended inspections a week after Israeli and American strikes on its nuclear "
     "facilities.", ("United States", "attack", "Iran", False)),
    # talks hosted between two sides: the host with each
    ("Qatar has hosted separate talks between Congo and M23.",
     ("Qatar", "consult", "Democratic Republic of the Congo", False)),
    # an ally of someone
    ("President Donald Trump, a close ally of Jair Bolsonaro, called the trial a witch hunt.",
     ("Donald Trump", "cooperate", "Jair Bolsonaro", False)),
    # another's decision rejected is still theirs, not negated
    ("Venezuela's government on Saturday rejected a U.S. decision to designate the Cartel de los "
     "Soles as a foreign terrorist organization.",
     ("United States", "coerce", "Cartel de los Soles", False)),
    # a visa or licence revoked, also in a "whose" clause
    ("Colombian President Gustavo Petro, whose own visa was revoked by the State Department in "
     "September, said it was illegal.", ("State Department", "coerce", "Gustavo Petro", False)),
    ("Donald Trump revoked Joe Biden's security clearance.",
     ("Donald Trump", "coerce", "Joe Biden", False)),
    # "a move condemned by X" in apposition to what someone did
    ("The ruling Georgian Dream party banned three opposition parties, a move condemned by the "
     "United States and Britain.", ("United Kingdom", "accuse", "Georgian Dream", False)),
    # a fine with the name parsed on the amount
    ("Google is a search company. The European Commission fined Google 2.95 billion euros on "
     "Friday.", ("European Commission", "coerce", "Google", False)),
    # shaking hands is meeting
    ("Donald Trump shook hands with Kim Jong Un at the border.",
     ("Donald Trump", "consult", "Kim Jong Un", False)),
    ("Thai Prime Minister Anutin Charnvirakul and his Cambodian counterpart, Hun Manet, shook "
     "hands after the signing.", ("Anutin Charnvirakul", "consult", "Hun Manet", False)),
    # a relative clause on "a Democrat" in apposition is about the person named
    ("Letitia James, a Democrat who won a civil fraud case against Donald Trump, called the "
     "charges baseless.", ("Letitia James", "related", "Donald Trump", False)),
    # a person's own party, named with the possessive
    ("Marine Le Pen's National Rally tabled a motion.",
     ("Marine Le Pen", "affiliation", "National Rally", False)),
    # a country's court acts for the country
    ("Edmundo Gonzalez fled to Spain after a Venezuelan court issued a warrant for his arrest.",
     ("Venezuela", "coerce", "Edmundo Gonzalez", False)),
    # a nation's own security council is not the UN's
    ("Russian Security Council Secretary Dmitry Medvedev attended. The Security Council imposed "
     "sanctions on Iran.", ("Dmitry Medvedev", "affiliation", "Russian Security Council", False)),
    # sanctions raised, doubled, increased are still imposed
    ("Washington raised tariffs on Chinese goods to 100 percent.",
     ("Washington, D.C.", "coerce", "China", False)),
    # the object of a relative clause is the noun the clause is on
    ("The United Arab Emirates, which Sudan's government has accused of arming the RSF, "
     "denied it.", ("Sudan", "accuse", "United Arab Emirates", False)),
    ("Nicolas Maduro, whom Washington accuses of drug trafficking, denied it.",
     ("Washington, D.C.", "accuse", "Nicolas Maduro", False)),
    # a counterpart named after the title in apposition
    ("Treasury Secretary Scott Bessent said he would meet his Chinese counterpart, Vice Premier "
     "He Lifeng, in Kuala Lumpur next week.", ("Scott Bessent", "consult", "He Lifeng", False)),
    # some of a party's members act for the party (not some of a nation's people)
    ("Senator Chuck Schumer voted no. Several House Democrats accused him of caving.",
     ("Democratic Party", "accuse", "Chuck Schumer", False)),
    # "its" of the clause's own subject, before a nearer name
    ("The plan would require Ukraine to cede parts of the Donbas region and to abandon its bid "
     "to join NATO.", ("Ukraine", "affiliation", "NATO", True)),
    # a place named after a kind of place ("the city of")
    ("The Rapid Support Forces captured the city of El Fasher on Sunday.",
     ("Rapid Support Forces", "attack", "El Fasher", False)),
    # a deal one side brokers: the mediator with each side, the sides with each other
    ("Israel and Hamas agreed on Thursday to the first phase of a ceasefire in Gaza, under a "
     "deal brokered by Egypt, Qatar and the United States.",
     ("Israel", "cooperate", "Hamas", False)),
    ("Israel and Hamas agreed on Thursday to the first phase of a ceasefire in Gaza, under a "
     "deal brokered by Egypt, Qatar and the United States.", ("Qatar", "consult", "Hamas", False)),
    ("A ceasefire between India and Pakistan, brokered by the United States, took effect on "
     "Saturday.", ("United States", "consult", "India", False)),
    # one person "attacking" another attacks with words; a date is no reason given
    ("Biden attacked Trump in the debate.", ("Biden", "accuse", "Trump", False)),
    ("Hamas attacked Israel on October 7.", ("Hamas", "attack", "Israel", False)),
    # a second object after a name in apposition, however parsed
    ("Donald Trump praised Qatar's emir, Sheikh Tamim bin Hamad Al Thani, and Egyptian "
     "President Abdel Fattah el-Sisi for their role in the negotiations.",
     ("Donald Trump", "cooperate", "Abdel Fattah el-Sisi", False)),
    ("Donald Trump announced the deal. He praised Qatar's emir, Sheikh Tamim bin Hamad Al Thani, "
     "and Egyptian President Abdel Fattah el-Sisi for their role in the negotiations.",
     ("Donald Trump", "cooperate", "Abdel Fattah el-Sisi", False)),
    ("Donald Trump praised Qatar's emir, Sheikh Tamim bin Hamad Al Thani, for his role.",
     ("Donald Trump", "cooperate", "Tamim bin Hamad Al Thani", False)),
    # a raid or search on someone's home or offices
    ("The FBI raided the home of former Trump adviser John Bolton.",
     ("Federal Bureau of Investigation", "coerce", "John Bolton", False)),
    ("Egyptian police searched the headquarters of the Muslim Brotherhood.",
     ("Egypt", "coerce", "Muslim Brotherhood", False)),
    ("Israeli forces raided Jenin.", ("Israel", "coerce", "Jenin", False)),
    # a place captured is taken control of; people captured are arrested
    ("Taliban fighters captured Kandahar.", ("Taliban", "attack", "Kandahar", False)),
    ("Russian forces seized Crimea in 2014.", ("Russia", "attack", "Crimea", False)),
    ("Taliban militants captured two Americans.", ("Taliban", "coerce", "United States", False)),
    # weapons that hit a place, or targets hit
    ("Russian missiles hit Kyiv overnight, Ukrainian officials said.",
     ("Russia", "attack", "Kyiv", False)),
    ("Israeli jets pounded Gaza.", ("Israel", "attack", "Gaza", False)),
    ("Israel hit Hezbollah targets in southern Lebanon.", ("Israel", "attack", "Hezbollah", False)),
    ("Sudanese paramilitaries besieged El Fasher.", ("Sudan", "attack", "El Fasher", False)),
    # a plan, offer, request or decision accepted, approved or welcomed
    ("Hamas accepted the Egyptian proposal.", ("Hamas", "cooperate", "Egypt", False)),
    ("The European Union welcomed Iran's decision.",
     ("European Union", "cooperate", "Iran", False)),
    ("Turkey's parliament ratified Sweden's NATO membership.",
     ("Turkey", "cooperate", "Sweden", False)),
    ("Macron welcomed Merkel to the Elysee.", ("Macron", "consult", "Merkel", False)),
    # a resolution, bill or plan stands for whoever wrote it
    ("Iran rejected the UN resolution.", ("Iran", "reject", "United Nations", False)),
    ("Russia vetoed a UN Security Council resolution.",
     ("Russia", "reject", "United Nations Security Council", False)),
    ("Netanyahu rejected Biden's ceasefire plan.", ("Netanyahu", "reject", "Biden", False)),
    # a title split at its hyphen; a subject the parser gave company
    ("Apple co-founder Steve Wozniak spoke.", ("Steve Wozniak", "affiliation", "Apple", False)),
    ("Microsoft co-founder Bill Gates donated $50 million to the WHO.",
     ("Bill Gates", "cooperate", "World Health Organization", False)),
    # a resolution, bill or communique does what its author does
    ("The United Nations Security Council adopted a resolution condemning North Korea's "
     "missile tests.", ("United Nations Security Council", "accuse", "North Korea", False)),
    ("G7 leaders issued a joint communique urging Russia to withdraw.",
     ("G7", "appeal", "Russia", False)),
    # supplies cut; a threat made through the noun of its action; "it" as the reporter
    ("Russia cut off gas supplies to Ukraine in January.", ("Russia", "coerce", "Ukraine", False)),
    ("Japan restricted exports of chemicals to South Korea.",
     ("Japan", "coerce", "South Korea", False)),
    ("President Donald Trump threatened to impose tariffs on Mexico.",
     ("Donald Trump", "threaten", "Mexico", False)),
    ("Russia threatened to cut gas supplies to Ukraine.", ("Russia", "threaten", "Ukraine", False)),
    ("China warned it would impose sanctions on the United States.",
     ("China", "threaten", "United States", False)),
    ("Iran warned that it will attack Israel.", ("Iran", "threaten", "Israel", False)),
    ("The Iranian government said it had seized a British tanker.",
     ("Iran", "coerce", "United Kingdom", False)),
    # fines; sanctions eased; contracts
    ("The European Union fined Google.", ("European Union", "coerce", "Google", False)),
    ("The European Commission imposed a large fine on Facebook.",
     ("European Commission", "coerce", "Facebook", False)),
    ("Japan lifted sanctions on South Korea.", ("Japan", "cooperate", "South Korea", False)),
    ("NASA's contract with Boeing is valued at US$4.2 billion.",
     ("NASA", "cooperate", "Boeing", False)),
    # a warrant issued for someone
    ("The ICC in The Hague issued a warrant for Benjamin Netanyahu.",
     ("International Criminal Court", "coerce", "Benjamin Netanyahu", False)),
    ("An arrest warrant for Vladimir Putin was issued by the International Criminal Court.",
     ("International Criminal Court", "coerce", "Vladimir Putin", False)),
    # someone said to be to blame
    ("House Speaker Mike Johnson said Democrats were to blame.",
     ("Mike Johnson", "accuse", "Democratic Party", False)),
    # elections: campaigning, votes, donations, a race lost
    ("Former President Barack Obama campaigned for Kamala Harris in Pennsylvania.",
     ("Barack Obama", "cooperate", "Kamala Harris", False)),
    ("Mitt Romney voted against Donald Trump.", ("Mitt Romney", "reject", "Donald Trump", False)),
    ("Bolton said he would not vote for Donald Trump.",
     ("Bolton", "cooperate", "Donald Trump", True)),
    ("Elon Musk donated millions to Donald Trump's campaign.",
     ("Elon Musk", "cooperate", "Donald Trump", False)),
    ("Kamala Harris lost the election to Donald Trump.",
     ("Donald Trump", "related", "Kamala Harris", False)),
    ("Vice President Kamala Harris conceded to Donald Trump.",
     ("Donald Trump", "related", "Kamala Harris", False)),
    # a party's one-word name before a title, which the model left untagged
    ("In 2016, then-Libertarian presidential nominee Gary Johnson was denied access.",
     ("Gary Johnson", "affiliation", "Libertarian Party", False)),
    # what someone means to do: done by the one who means it, negated by "no"
    ("The Kremlin said Vladimir Putin had no plans to meet Joe Biden.",
     ("Vladimir Putin", "consult", "Joe Biden", True)),
    ("Vladimir Putin has no intention of meeting Joe Biden.",
     ("Vladimir Putin", "consult", "Joe Biden", True)),
    ("Vladimir Putin does not have plans to meet Joe Biden.",
     ("Vladimir Putin", "consult", "Joe Biden", True)),
    # a nation's hostages and citizens stand for it; prisoners exchanged; a ceasefire
    # agreed; a show of force; territory taken
    ("Hamas released two Israeli hostages.", ("Hamas", "cooperate", "Israel", False)),
    ("Iran arrested two British citizens.", ("Iran", "coerce", "United Kingdom", False)),
    ("Russia and Ukraine exchanged prisoners.", ("Russia", "cooperate", "Ukraine", False)),
    ("Israel agreed to a ceasefire with Hamas.", ("Israel", "cooperate", "Hamas", False)),
    ("North Korea fired a missile over Japan.", ("North Korea", "threaten", "Japan", False)),
    ("The Taliban took control of Kabul.", ("Taliban", "attack", "Kabul", False)),
    # a win against or a victory over someone
    ("Joe Biden won the election against Donald Trump.",
     ("Joe Biden", "related", "Donald Trump", False)),
    ("It cemented George W. Bush's victory over Al Gore.",
     ("George W. Bush", "related", "Al Gore", False)),
    # diplomatic protest and recall; arms supplied; strikes on a side's positions, or on
    # targets in a country
    ("Germany recalled its ambassador from Russia.", ("Germany", "coerce", "Russia", False)),
    ("France summoned the Iranian ambassador.", ("France", "accuse", "Iran", False)),
    ("Russia supplied weapons to the Syrian government.",
     ("Russia", "cooperate", "Syria", False)),
    ("Israel struck targets in Syria.", ("Israel", "attack", "Syria", False)),
    ("The United States bombed ISIS positions in Iraq.",
     ("United States", "attack", "Islamic State", False)),
    ("Iran fired missiles at US bases in Iraq.", ("Iran", "attack", "United States", False)),
    # a nation's ships, planes and goods stand for it; property seized
    ("Iran seized a British tanker.", ("Iran", "coerce", "United Kingdom", False)),
    ("China imposed tariffs on American goods.", ("China", "coerce", "United States", False)),
    ("Russia shot down a Ukrainian plane.", ("Russia", "attack", "Ukraine", False)),
    ("Venezuela nationalized ExxonMobil's assets.", ("Venezuela", "coerce", "ExxonMobil", False)),
    # ties and aid cut off: relations reduced (CAMEO 16), no cooperation
    ("Saudi Arabia cut ties with Qatar.", ("Saudi Arabia", "coerce", "Qatar", False)),
    ("Iran broke off relations with the United States.",
     ("Iran", "coerce", "United States", False)),
    ("Donald Trump withheld military aid to Ukraine.",
     ("Donald Trump", "coerce", "Ukraine", False)),
    # a person called a critic of the name before the word; an adjective hung on "as"
    ("Kremlin critic Alexei Navalny was poisoned.",
     ("Alexei Navalny", "accuse", "Kremlin", False)),
    ("Mitt Romney, a sometime Donald Trump critic, said the plan was bad.",
     ("Mitt Romney", "accuse", "Donald Trump", False)),
    ("Mitt Romney described Donald Trump's unwillingness as unacceptable.",
     ("Mitt Romney", "accuse", "Donald Trump", False)),
    # a wrong someone is said to have done is an accusation of them
    ("Donald Trump said John Bolton broke the law.",
     ("Donald Trump", "accuse", "John Bolton", False)),
    ("Donald Trump claimed Joe Biden lied about the deal.",
     ("Donald Trump", "accuse", "Joe Biden", False)),
    ('Ted Cruz said, "Members of Congress have abused their power."',
     ("Ted Cruz", "accuse", "Congress", False)),
    # attacking someone's words or deeds is criticism, not an armed attack; their
    # positions may be military
    ("Recep Tayyip Erdogan attacked the policies of Donald Trump.",
     ("Recep Tayyip Erdogan", "accuse", "Donald Trump", False)),
    ("Russia attacked Ukraine's positions near Kyiv.", ("Russia", "attack", "Ukraine", False)),
    # a title explained in brackets before the name, which the parser would have cut
    # into two sentences after the bracket
    ("The speakers included Labour MP (Member of Parliament) Tom Watson, and Sadiq Khan.",
     ("Tom Watson", "affiliation", "Labour Party", False)),
    # a vow to do something other than attack or coerce is a promise of that, no threat
    ("Democrats in Congress vowed to investigate whether Mike Pompeo used State Department "
     "resources.", ("Democratic Party", "investigate", "Mike Pompeo", False)),
    ("Elizabeth Warren vowed to support Joe Biden.",
     ("Elizabeth Warren", "cooperate", "Joe Biden", False)),
    ("Iran vowed to attack Israel.", ("Iran", "threaten", "Israel", False)),
    # critical remarks about someone; a person named after a body's title the parser left
    # outside the object
    ("Donald Trump made critical remarks about Anthony Fauci on Monday.",
     ("Donald Trump", "accuse", "Anthony Fauci", False)),
    ("Donald Trump slammed National Institute of Allergy and Infectious Diseases director Dr. "
     "Anthony Fauci.", ("Donald Trump", "accuse", "Anthony Fauci", False)),
    # an event received from someone is done by the giver to the receiver
    ("Iran received a warning from the United States.",
     ("United States", "threaten", "Iran", False)),
    ("Ukraine received military aid from the United States.",
     ("United States", "cooperate", "Ukraine", False)),
    ("Zelensky got a phone call from Trump.", ("Trump", "consult", "Zelensky", False)),
    # a body someone starts; a person's own company named beside it; a body registered in a
    # country; a friend
    ("Jane Smith started Twitter with Jack Dorsey.", ("Jane Smith", "affiliation", "Twitter", False)),
    ("Jane Smith talked about her company, Widgetco, a software firm.",
     ("Jane Smith", "affiliation", "Widgetco", False)),
    ("Acme Widgets Inc is incorporated in Delaware.",
     ("Acme Widgets Inc", "location", "Delaware", False)),
    ("Ali Rizvi, a friend of Zara Kay, wrote a book.", ("Ali Rizvi", "related", "Zara Kay", False)),
    # recognising a country's existence is recognising the country
    ("Iran does not recognise the existence of Israel.", ("Iran", "cooperate", "Israel", True)),
    # a body named by "a firm called"
    ("Jane Smith runs a firm called Widgetco.", ("Jane Smith", "affiliation", "Widgetco", False)),
    ("Jane Smith founded a company named Widgetco.",
     ("Jane Smith", "affiliation", "Widgetco", False)),
    # "cofounder" written without its hyphen
    ("Apple cofounder Steve Wozniak spoke.", ("Steve Wozniak", "affiliation", "Apple", False)),
    # relations normalized between two countries, or with one
    ("The White House announced a deal it brokered to normalize relations between Sudan and "
     "Israel.", ("Sudan", "cooperate", "Israel", False)),
    ("Sudan normalized relations with Israel.", ("Sudan", "cooperate", "Israel", False)),
    # a role "as" after "was"; a commentator's outlet; two titles before one name; each
    # country of a plural "nations of"; economic ties; a possessor's nomination of someone
    ("Jo Jorgensen was on the ballot as the running mate of Harry Browne.",
     ("Jo Jorgensen", "affiliation", "Harry Browne", False)),
    ("After the debate, Fox News commentator Ari Fleischer called it a mess.",
     ("Ari Fleischer", "affiliation", "Fox News", False)),
    ("First, CNN reporter and former Bill Clinton White House Press Secretary Joe Lockhart "
     "questioned the visit.", ("Joe Lockhart", "affiliation", "CNN", False)),
    ("Like the UAE, the Muslim majority nations of Bahrain and Kosovo recognized Israel.",
     ("Kosovo", "cooperate", "Israel", False)),
    ("The formerly antagonistic nations of Serbia and Kosovo opened economic ties as well.",
     ("Serbia", "cooperate", "Kosovo", False)),
    ("Democrats cited the refusal to consider President Barack Obama's nomination of Merrick "
     "Garland.", ("Barack Obama", "related", "Merrick Garland", False)),
    # a surname that is also a word of the compass, as a subject by itself
    ("Kanye West spoke. West, who is running in many states, met with Jared Kushner.",
     ("Kanye West", "consult", "Jared Kushner", False)),
    # diplomatic relations between two countries; "in communication with"; an in-law
    # before a name; investigating whether someone did something
    ("Kushner helped broker a deal establishing diplomatic relations between Israel and the "
     "United Arab Emirates.", ("Israel", "cooperate", "United Arab Emirates", False)),
    ("Kanye West claimed to be in communication with Jared Kushner almost daily.",
     ("Kanye West", "consult", "Jared Kushner", False)),
    ("Donald Trump's son-in-law Jared Kushner said so.",
     ("Jared Kushner", "related", "Donald Trump", False)),
    ("The FBI is investigating whether Mike Pompeo broke the law.",
     ("Federal Bureau of Investigation", "investigate", "Mike Pompeo", False)),
    # "I" in an interview's answers is the person its marker names, up to the next question
    ("Why was CentOS created?\n\n((Gregory Kurtzer))  CentOS was created by Red Hat.\n\n"
     "((WN))  What next?\n\n((Gregory Kurtzer))  Velocity of growth is the challenge.\n\n"
     "I have requested a sponsorship from Slack.", ("Gregory Kurtzer", "appeal", "Slack", False)),
    ("Wikinews spoke to Natasha Gownaris.\n\n((WN)) What prompted it?\n\nNatasha Gownaris: "
     "I grew up in Ohio.\n\n((WN)) And then?\n\nNG: I joined the University of Washington "
     "in 2016.", ("Natasha Gownaris", "affiliation", "University of Washington", False)),
    # a named site's noun placed in a country; a quotation after what its speaker revealed
    ("Punta Tombo is a colony. Since 1983, the team has banded chicks hatched at the Punta "
     "Tombo breeding site in Argentina.", ("Punta Tombo", "location", "Argentina", False)),
    ('John Rhys-Davies revealed that a reboot is being considered. "Jerry and I are talking '
     'to NBC at the moment."', ("John Rhys-Davies", "consult", "NBC", False)),
    # a country's deed named with its demonym
    ("The EU condemned Russian aggression in Ukraine.",
     ("European Union", "accuse", "Russia", False)),
    ("Robert Mueller led the investigation of Russian interference in the election.",
     ("Robert Mueller", "investigate", "Russia", False)),
    # a kin word inside the name; a state before a trade; "named ... as his running mate"
    ("Donald Trump spoke. Several days later, Trump's niece Mary Trump released the tell-all "
     "book.", ("Mary Trump", "related", "Donald Trump", False)),
    ("Kanye West spoke. He named Wyoming preacher Michelle Tidball as his running mate.",
     ("Michelle Tidball", "location", "Wyoming", False)),
    ("Kanye West spoke. He named Wyoming preacher Michelle Tidball as his running mate.",
     ("Michelle Tidball", "affiliation", "Kanye West", False)),
    # a commuted sentence; criticism "at"; a body's chair inside a group's name
    ("Donald Trump spoke. Later, Trump commuted the prison sentence of confidante Roger Stone.",
     ("Donald Trump", "cooperate", "Roger Stone", False)),
    ("Kanye West spoke. He leveled greater criticism at Joe Biden.",
     ("Kanye West", "accuse", "Joe Biden", False)),
    # a town's mayor with the party between them; a town's named neighbourhood
    ("Atlanta's Democratic mayor Keisha Lance Bottoms's handling of the incident raised her "
     "prospects.", ("Keisha Lance Bottoms", "affiliation", "Atlanta", False)),
    ("CHAZ formed in Seattle's Capitol Hill neighborhood.",
     ("Capitol Hill", "location", "Seattle", False)),
    # each body after "of both"; a teacher "as" a professor at a college
    ("Businessman Rocky De La Fuente was named the presidential nominee of both the Reform Party "
     "and the Natural Law Party of Michigan.", ("Rocky De La Fuente", "affiliation",
                                                "Natural Law Party", False)),
    ("Tiara Lusk teaches business management as an adjunct professor at Western Nevada College.",
     ("Tiara Lusk", "affiliation", "Western Nevada College", False)),
    # displeasure with someone is criticism; a security adviser is the president's
    ("Democrats expressed dissatisfaction with Bolton over his unwillingness to testify.",
     ("Democratic Party", "accuse", "Bolton", False)),
    ("On June 23, Trump's former National Security Adviser John Bolton released a book.",
     ("John Bolton", "affiliation", "Trump", False)),
    # a name joined by a hyphen to a participle of backing
    ("The Iran-backed Houthis attacked Saudi Arabia.", ("Iran", "cooperate", "Houthis", False)),
    ("Why should socialists support Howie Hawkins over the Bernie Sanders-backed candidate Joe "
     "Biden?", ("Bernie Sanders", "cooperate", "Joe Biden", False)),
    # everyone on a party's ticket, however the parser hung the second name
    ("In 2016, the Constitution Party ticket of Darrell Castle for president and Scott Bradley "
     "for vice president received 203,091 votes.",
     ("Scott Bradley", "affiliation", "Constitution Party", False)),
    ("The Green Party, which received 1,457,226 votes with the 2016 ticket of Jill Stein for "
     "president and Ajamu Baraka for vice president, is to nominate its ticket.",
     ("Ajamu Baraka", "affiliation", "Green Party", False)),
    # two parties choosing one nominee the parser hung under a party's name
    ("It was reported the Peace and Freedom Party of California and the Liberty Union Party of "
     "Vermont chose Party for Socialism and Liberation presidential nominee Gloria La Riva as "
     "their presidential nominee.", ("Gloria La Riva", "affiliation",
                                     "Liberty Union Party of Vermont", False)),
    # an organisation's scientist; "the party" the one named earlier in the same sentence
    ("Clemson University psychologist Jo Jorgensen won.",
     ("Jo Jorgensen", "affiliation", "Clemson University", False)),
    ("The Constitution Party nominated Don Blankenship. For the US Green Party, former Minnesota "
     "governor Jesse Ventura joined the party.", ("Jesse Ventura", "affiliation", "US Green Party",
                                                  False)),
    # a role held "as": in one's role, or going somewhere as it
    ("Don Blankenship was widely covered for his role as CEO of Massey Energy.",
     ("Don Blankenship", "affiliation", "Massey Energy", False)),
    ("Spike Cohen, who went into the convention as the running mate of performance artist Vermin "
     "Supreme, lost.", ("Spike Cohen", "affiliation", "Vermin Supreme", False)),
    # a year of study at a school, in apposition or "in her ... year at"
    ("The other two places were awarded to Oleg Titov, fifth year at Moscow State University, "
     "and Irina Borovikova.", ("Oleg Titov", "affiliation", "Moscow State University", False)),
    ("Madina Bizheva, in her fourth year at Kabardino-Balkarian State University, won the "
     "Olympiad.", ("Madina Bizheva", "affiliation", "Kabardino-Balkarian State University",
                   False)),
    # people "from" a university, each of two listed
    ("These were Ivan Shelyagin and Valentina Sidorenko from Tyumen State Medical University.",
     ("Ivan Shelyagin", "affiliation", "Tyumen State Medical University", False)),
    # a head physician of "the center" named before; the governor of "the region" named before
    ("The Olympiad took place at the Federal Center for Neurosurgery in Tyumen. The head "
     "physician of the center, Albert Sufianov, spoke.",
     ("Albert Sufianov", "affiliation", "Federal Center for Neurosurgery", False)),
    ("The event was supported by Tyumen Oblast. The new governor of the region, Alexander Moor, "
     "offered to diversify the economy.", ("Alexander Moor", "affiliation", "Tyumen Oblast",
                                           False)),
    # a town on a river in a place
    ("The ship sailed from Sampit, a port town on a river in Borneo.",
     ("Sampit", "location", "Borneo", False)),
    # the "of" of a person before a town the "who" clause does not make a person
    ("Alexander Gagay of Yekaterinburg, who took third place last year, is a student.",
     ("Alexander Gagay", "location", "Yekaterinburg", False)),
    # an unnamed official acting acts for the country
    ("A Russian diplomat accused Britain.", ("Russia", "accuse", "United Kingdom", False)),
    # the name after a list of kin is the last one's
    ("Kamala Harris moved to Montreal with her mother and sister, Maya Harris, at the age of "
     "12.", ("Maya Harris", "related", "Kamala Harris", False)),
    # a party's nominee, however many on its ticket
    ("The Prohibition Party picked anti-alcohol activist Billy Joe Parker as Collins's new "
     "running mate.", ("Billy Joe Parker", "affiliation", "Prohibition Party", False)),
    ("In November 2018, the Prohibition Party nominated a ticket of Bill Bayes for President "
     "and C.L. Gammon for Vice President.", ("Bill Bayes", "affiliation", "Prohibition Party",
                                             False)),
    ("The Democrats did not nominate Bernie Sanders.",
     ("Bernie Sanders", "affiliation", "Democratic Party", True)),
    # "hails from"; a trustee; a state in brackets; running "as a Republican"
    ("Adam Kokesh, who hails from Arizona, has been active in the anti-war movement.",
     ("Adam Kokesh", "location", "Arizona", False)),
    ("Phil Collins is chairman. Previously, he served as a trustee of Libertyville Township "
     "(Illinois) and as chairman of the Prohibition Party of Illinois.",
     ("Phil Collins", "affiliation", "Libertyville Township", False)),
    ("Phil Collins is chairman. Previously, he served as a trustee of Libertyville Township "
     "(Illinois) and as chairman of the Prohibition Party of Illinois.",
     ("Libertyville Township", "location", "Illinois", False)),
    ("Adam Kokesh ran for US Congress as a Republican in 2010 in New Mexico.",
     ("Adam Kokesh", "affiliation", "Republican Party", False)),
    # a trade the tables lack, at a body; a city's college; a country's bodies listed
    ("John Hutchinson, an evolutionary biomechanicist at London's Royal Veterinary College, "
     "questioned the findings.", ("John Hutchinson", "affiliation", "Royal Veterinary College",
                                  False)),
    ("John Hutchinson, an evolutionary biomechanicist at London's Royal Veterinary College, "
     "questioned the findings.", ("Royal Veterinary College", "location", "London", False)),
    ("They have received support from Y-Combinator, and the United States' National Science "
     "Foundation, Department of Energy, and Office of Naval Research.",
     ("Office of Naval Research", "affiliation", "United States", False)),
    # a school at its university
    ("It was a project between Neil Hammerschlag of the Rosenstiel School of Marine and "
     "Atmospheric Science at the University of Miami and Chris Fallows.",
     ("Rosenstiel School of Marine and Atmospheric Science", "affiliation", "University of Miami",
      False)),
    # a firm named before the word for it
    ("The Boeing airframe company is also collaborating with NASA on human-crewable spacecraft.",
     ("Boeing", "cooperate", "NASA", False)),
    # in a country's province; towns listed before "in"; "is from"
    ("Scientists studying patients in Zhuhai in China's Guangdong Province reported it.",
     ("Zhuhai", "location", "Guangdong Province", False)),
    ("It collected data from 499 patients from the towns of Beni, Butembo, Mangina, and Katwa "
     "in the Democratic Republic of the Congo, which has suffered an outbreak.",
     ("Butembo", "location", "Democratic Republic of the Congo", False)),
    ("Roberts is about 20 years old and from Bakersfield, California.",
     ("Roberts", "location", "Bakersfield", False)),
    ("Tusk, a founding Civic Platform member, is from Gdańsk.",
     ("Tusk", "location", "Gdańsk", False)),
    # students; a university's own archive; bodies "both in" a country
    ("Scientist Rebecca Falconer, an Ithaca College undergraduate who led one of the studies, "
     "said it. Christopher Gallego-Lazo, also an Ithaca undergrad, evaluated glue.",
     ("Christopher Gallego-Lazo", "affiliation", "Ithaca College", False)),
    ("Findings were published Tuesday in Cornell University's arXiv by a team.",
     ("arXiv", "affiliation", "Cornell University", False)),
    ("Researchers from the Georgia Institute of Technology (GT) and University of South "
     "Carolina Beaufort, both in the United States, reported it.",
     ("Georgia Institute of Technology", "location", "United States", False)),
    # places listed after "parts of X, including", "states such as"
    ("More than 70 vendors were present at the event, coming from various parts of the U.S., "
     "including California and Florida.", ("Florida", "location", "United States", False)),
    ("Australian states such as Victoria and Queensland imposed limits.",
     ("Victoria", "location", "Australia", False)),
    # an institution's seat after its short form of two words in brackets
    ("Researchers from the University of Colorado at Boulder (CU Boulder) in Colorado and the "
     "College of Wooster in Ohio reported a new mechanism.",
     ("University of Colorado at Boulder", "location", "Colorado", False)),
    ("Ted Scambos of CU Boulder's Cooperative Institute for Research in Environmental Sciences "
     "(CIRES) said it.", ("Cooperative Institute for Research in Environmental Sciences",
                          "affiliation", "CU Boulder", False)),
    # a club's player or assistant coach; a side whose score follows its name
    ("Caloundra half back Jarrod Kidston enjoyed the win.",
     ("Jarrod Kidston", "affiliation", "Caloundra", False)),
    ("The game was a hard, physical match according to Maroochydore assistant coach Ben "
     "Radmall.", ("Ben Radmall", "affiliation", "Maroochydore", False)),
    ("In other results, Maroochydore defeated Caboolture 43–5, and University knocked of Noosa "
     "32–22.", ("Maroochydore", "related", "Caboolture", False)),
    # a role after an organisation's name, and a word the name goes on with
    ("Former United States Central Intelligence Agency agent Tony Mendez died Saturday.",
     ("Tony Mendez", "affiliation", "Central Intelligence Agency", False)),
    ("He took a job at the Scripps Institution of Oceanography. He was recalled to Scripps "
     "after the war. Scripps Oceanography director Margaret Leinen said it.",
     ("Margaret Leinen", "affiliation", "Scripps Institution of Oceanography", False)),
    # a job at a body; an award; a marriage after "in turn"; a feud; a presenter dropped
    ("Walter Munk remained in La Jolla, taking a job at the Scripps Institution of "
     "Oceanography.", ("Walter Munk", "affiliation", "Scripps Institution of Oceanography",
                       False)),
    ("John Smith's job at Google ended.", ("John Smith", "affiliation", "Google", False)),
    ("For his work, Tony Mendez was awarded the Intelligence Star by President Jimmy Carter.",
     ("Jimmy Carter", "cooperate", "Tony Mendez", False)),
    ("US singer Doris Day died on Monday. Day had one child with her first husband, Al "
     "Jorden.  She was also married in turn to George Weidler, Marty Melcher, and Barry "
     "Comden, whom she divorced in 1981.", ("Doris Day", "related", "Marty Melcher", False)),
    ("Former coworker Howard Stern, with whom Don Imus feuded, has not commented.",
     ("Don Imus", "accuse", "Howard Stern", False)),
    ("Known as a shock jock, Don Imus was dropped in 2007 by MSNBC and CBS Radio.",
     ("CBS Radio", "coerce", "Don Imus", False)),
    # the speaker named after a body's possessive role; "a world treasure"
    ('Walter Munk died. "Walter was the most brilliant scientist I have ever known," said '
     "University of California, San Diego's chancellor, Pradeep Khosla.",
     ("Pradeep Khosla", "cooperate", "Walter Munk", False)),
    # each body listed after a plural word with a nationality; a state in its country;
    # "in western X"; a minister of the ministry the text names
    ("On Sunday, Australian store chains Woolworths and Coles lowered their purchase "
     "restrictions on toilet paper.", ("Coles", "affiliation", "Australia", False)),
    ("The buffalo were released for the Wind River Reservation in Wyoming in the western "
     "United States.", ("Wyoming", "location", "United States", False)),
    ("These bison came from the National Bison Range in western Montana.",
     ("National Bison Range", "location", "Montana", False)),
    ("The Emergencies Ministry said six deaths were of children. Deputy Emergency Situations "
     "Minister Alexander Chupriyan told TASS on Wednesday.",
     ("Alexander Chupriyan", "affiliation", "Emergencies Ministry", False)),
    # a body's own programme
    ("NASA's Commercial Crew Program paid SpaceX to build the capsule.",
     ("Commercial Crew Program", "affiliation", "NASA", False)),
    # occupations after their institution
    ("In an interview with Time magazine, Northwestern University public health expert Wendy "
     "Parmet said it.", ("Wendy Parmet", "affiliation", "Northwestern University", False)),
    ("Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana "
     "told the press.", ("Monica Schoch-Spana", "affiliation",
                         "Johns Hopkins Center for Health Security", False)),
    # an institution "in the town of" its place
    ("Madrid District Hospital in the town of Madrid treated 25 wounded people.",
     ("Madrid District Hospital", "location", "Madrid", False)),
    # a region's short form in brackets before its country; a county seat; "home to"
    ("A mother called the police in Kamloops, British Columbia (B.C.), Canada on Sunday.",
     ("British Columbia", "location", "Canada", False)),
    ("A water main broke in the US city of White Plains, New York. White Plains is the county "
     "seat for Westchester County, New York, which is also home to the cities New Rochelle and "
     "Yonkers.", ("White Plains", "location", "Westchester County", False)),
    ("A water main broke in the US city of White Plains, New York. White Plains is the county "
     "seat for Westchester County, New York, which is also home to the cities New Rochelle and "
     "Yonkers.", ("New Rochelle", "location", "Westchester County", False)),
    # a town's branch of a force; a body in apposition after ", of"
    ("The Royal Canadian Mounted Police (RCMP) seized the substance. Kamloops RCMP Constable "
     "Gary Gray said fentanyl had become a popular drug in Kamloops.",
     ("Gary Gray", "affiliation", "Royal Canadian Mounted Police", False)),
    ("Clinic and advocacy manager Michaela Jyrkkanen, of Christian anti-poverty organization "
     "The Mustard Seed Kamloops, disagreed.",
     ("Michaela Jyrkkanen", "affiliation", "Mustard Seed Kamloops", False)),
    # a capital after its country's adjective; a site's word before "in"; a hall near a town
    ("The roof of Notre Dame cathedral in French capital Paris caught fire.",
     ("Paris", "location", "France", False)),
    ("The roof of Notre Dame cathedral in French capital Paris caught fire.",
     ("Notre Dame", "location", "Paris", False)),
    ("A fire broke out yesterday at Bontddu Hall near Dolgellau in Gwynedd, Wales.",
     ("Bontddu Hall", "location", "Dolgellau", False)),
    # nationals before an occupation; a native; an induction; "both" for the two named
    ("Canadian-US scientist James Peebles won half of the prize.",
     ("James Peebles", "affiliation", "Canada", False)),
    ("US theoretical astrophysicist David Spergel tweeted.",
     ("David Spergel", "affiliation", "United States", False)),
    ("Eddie Van Halen was a native of the Netherlands, eventually relocating to Pasadena.",
     ("Eddie Van Halen", "location", "Netherlands", False)),
    ("Ginger Baker was inducted into the Rock and Roll Hall of Fame as a member of Cream.",
     ("Ginger Baker", "affiliation", "Rock and Roll Hall of Fame", False)),
    ("Didier Queloz and Michel Mayor won. Both are professors at the University of Geneva.",
     ("Michel Mayor", "affiliation", "University of Geneva", False)),
    # those named after "such as" act; "the guitarist" of an apposition; praise in a quote
    ("Eddie Van Halen, lead guitarist of US rock band Van Halen, died Tuesday. Numerous iconic "
     "rock musicians such as Billy Idol and Cat Stevens paid tribute to the guitarist.",
     ("Cat Stevens", "cooperate", "Eddie Van Halen", False)),
    ('John Conway died. Sam Wang called Conway "[a]n incomparable mathematician, a pleasant '
     'neighbor."', ("Sam Wang", "cooperate", "John Conway", False)),
    # a see in its country; nationals before a name, and "from" after a "by" name
    ("Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese in the Philippines died.",
     ("Marbel diocese", "location", "Philippines", False)),
    ("The race was won by Kenyan Eliud Kipchoge.", ("Eliud Kipchoge", "affiliation", "Kenya",
                                                    False)),
    ("He was followed closely by Ethiopians Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48.",
     ("Asefa Mengstu", "affiliation", "Ethiopia", False)),
    ("The silver medal was won by Rai Benjamin from the United States, who finished second.",
     ("Rai Benjamin", "location", "United States", False)),
    ("The record, held by Mary Jepkosgei Keitany also from Kenya, remained intact.",
     ("Mary Jepkosgei Keitany", "location", "Kenya", False)),
    ("Second and third place went to Ababel Yeshaneh and Gelete Burka, both from Ethiopia.",
     ("Ababel Yeshaneh", "location", "Ethiopia", False)),
    # a place before a word for a firm, then its name; a place or body "is in" a place
    ("United States public utility Pacific Gas and Electric Company began turning off power.",
     ("Pacific Gas and Electric Company", "location", "United States", False)),
    ("Waterloo station is in central London and is part of the Underground.",
     ("Waterloo station", "location", "London", False)),
    ("An engineer was killed while working at Waterloo station in the British capital London.",
     ("Waterloo station", "location", "London", False)),
    # a named branch of an organisation
    ("The Indian Railways runs trains. Mysore district comes under the South West Railway "
     "(SWR) branch of the Indian Railways.",
     ("South West Railway", "affiliation", "Indian Railways", False)),
    # "from" on the name itself
    ("Yesterday, Eliud Kipchoge from Kenya ran a marathon in less than two hours.",
     ("Eliud Kipchoge", "location", "Kenya", False)),
    # "the palace": the one palace named before; a role said to be a name with "is"
    ("The toilet was stolen from Blenheim Palace in Oxfordshire. Dominic Hare, chief "
     "executive of the palace, placed its value at five million dollars.",
     ("Dominic Hare", "affiliation", "Blenheim Palace", False)),
    ("Hana Kimura wrestled for Stardom. Her mother is professional wrestler Kyoko Kimura.",
     ("Kyoko Kimura", "related", "Hana Kimura", False)),
    # a doctor at a hospital; a town's selectman; a body's head word before "Member"
    ("Victims went to Hartford Hospital and Saint Francis Hospital. Dr. Steven Wolf at Saint "
     "Francis said they received an alert.",
     ("Steven Wolf", "affiliation", "Saint Francis Hospital", False)),
    ("According to Windsor Locks' first selectman, Chris Kervick, ten passengers were aboard.",
     ("Chris Kervick", "affiliation", "Windsor Locks", False)),
    ("The National Transportation Safety Board will investigate. Blumenthal said the inquiry "
     "would be led by Board Member Jennifer Homendy.",
     ("Jennifer Homendy", "affiliation", "National Transportation Safety Board", False)),
    # a town, its county, its country: a chain, not a list; working at a department
    ("A bus crashed in Winchester, Hampshire, England at about 8:10 am.",
     ("Hampshire", "location", "England", False)),
    ("Richard Guy taught at the University of Calgary. He retired in 1982 but continued to "
     "regularly work at the Department of Mathematics and Statistics.",
     ("Richard Guy", "affiliation", "Department of Mathematics and Statistics", False)),
    # a named part of a town; a town's minister, the city named many sentences before
    ("Shops burned in the Karol Bagh area of the Indian capital, New Delhi.",
     ("Karol Bagh", "location", "New Delhi", False)),
    ("A fire hit the Karol Bagh area of the Indian capital, New Delhi. " + "It spread. " * 14 +
     "Satyendra Jain, the city's home minister, said the hotel was too tall.",
     ("Satyendra Jain", "affiliation", "New Delhi", False)),
    # an airport named by the name before it; approaching someone to ask
    ("Officials said the plane was flying to Gillespie Field airport, located near San Diego "
     "in El Cajon, California.", ("Gillespie Field", "location", "El Cajon", False)),
    ("Wikinews approached the NTSB regarding their decision not to visit the site.",
     ("Wikinews", "consult", "NTSB", False)),
    # a country's organisation in apposition; a company's own chain; sales between firms
    ("The United States' other major basketball organization, the National Collegiate "
     "Athletic Association, has cancelled its tournament.",
     ("National Collegiate Athletic Association", "affiliation", "United States", False)),
    ("Salling Group said it intends to strengthen its Netto chain in Poland.",
     ("Netto", "affiliation", "Salling Group", False)),
    ("Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand in March.",
     ("Tesco", "cooperate", "Charoen Pokphand", False)),
    ("Salling Group bought 301 stores from Tesco.", ("Salling Group", "cooperate", "Tesco", False)),
    # "their" for two organisations named together, before a noun they share
    ("Tesco and Salling Group said their talks with Lidl had failed.",
     ("Salling Group", "consult", "Lidl", False)),
    # parents listed past a "Sr."; a degree from a school; working for someone's office
    ("Elijah Cummings was born in 1951. His parents, Robert Cummings Sr. and Ruth Elma "
     "Cummings, were sharecroppers.", ("Ruth Elma Cummings", "related", "Elijah Cummings", False)),
    ("Elijah Cummings was born in 1951. After receiving a bachelor's degree in political "
     "science from Howard University, he attended law school at the University of Maryland.",
     ("Elijah Cummings", "affiliation", "Howard University", False)),
    ("Elijah Cummings was born in 1951. After receiving a bachelor's degree in political "
     "science from Howard University, he attended law school at the University of Maryland.",
     ("Elijah Cummings", "affiliation", "University of Maryland", False)),
    ("John Conyers was elected in 1964. From 1965 Rosa Parks worked for his Detroit office "
     "for 23 years.", ("Rosa Parks", "affiliation", "John Conyers", False)),
    # "the most senior Democrat on" a committee: the party's and the committee's member
    ("Representative Carolyn Maloney, the most senior Democrat on the Oversight and Reform "
     "Committee, has stepped into the role.",
     ("Carolyn Maloney", "affiliation", "Democratic Party", False)),
    ("Representative Carolyn Maloney, the most senior Democrat on the Oversight and Reform "
     "Committee, has stepped into the role.",
     ("Carolyn Maloney", "affiliation", "Oversight and Reform Committee", False)),
    # extortion; a preposition the parser hung on the convicted person's name
    ("Avenatti was accused of trying to extort Nike.", ("Avenatti", "threaten", "Nike", False)),
    ("A jury convicted Michael Avenatti, the California lawyer who represented Stormy "
     "Daniels, of trying to extort Nike, an athletic equipment company.",
     ("Michael Avenatti", "threaten", "Nike", False)),
    # where a person is from, said by a place before the noun in apposition
    ("Michael Avenatti, the California lawyer, was convicted on Friday.",
     ("Michael Avenatti", "location", "California", False)),
    # a member of a person's team; names listed after a counted plural object
    ("Scott Srebnick, a member of Avenatti's legal team, announced an appeal.",
     ("Scott Srebnick", "affiliation", "Avenatti", False)),
    ("The House has only impeached two Presidents in the history of the United States, "
     "Bill Clinton and Andrew Johnson.", ("House", "accuse", "Andrew Johnson", False)),
    # calling someone's inquiry a witch hunt
    ('Trump repeatedly called the Democrats\' investigation a "witch hunt".',
     ("Trump", "accuse", "Democratic Party", False)),
    # naming the perpetrators in a reported clause; a person's hometown
    ("Arnel dela Vega of the army said the Abu Sayyaf Group are the suspected perpetrators.",
     ("Arnel dela Vega", "accuse", "Abu Sayyaf Group", False)),
    ("U.S. officials said Russia was behind the hack.",
     ("United States", "accuse", "Russia", False)),
    ("Qasem Soleimani was buried on Tuesday. Attendance at the procession in Kerman, "
     "Soleimani's hometown, was large.", ("Qasem Soleimani", "location", "Kerman", False)),
    # where a person is from: "Ohio man X", "Sergeant X, from Y"; the party a candidate
    # runs for, written "the X party"; the one a suspect is named as
    ("On Friday, Judge Michael Urbanski sentenced Ohio man James Alex Fields to life in prison.",
     ("James Alex Fields", "location", "Ohio", False)),
    ("Sergeant Ratana, from Hawke's Bay, New Zealand, served in the police force.",
     ("Ratana", "location", "Hawke's Bay", False)),
    ("Sandra Jephcott, who is running for the Sustainable Australia party, spoke.",
     ("Sandra Jephcott", "affiliation", "Sustainable Australia", False)),
    ("Ratana was shot at the centre on Friday by a prisoner, suspected to be 23-year-old Louis "
     "De Zoysa.", ("Louis De Zoysa", "attack", "Ratana", False)),
    ("54-year-old Metropolitan Police sergeant Matt Ratana was shot.",
     ("Matt Ratana", "affiliation", "Metropolitan Police", False)),
    # "X of <town>" says where X is from; a copula whose subject the parser gave to a
    # participle before it; a letter or an email sent to someone
    ("U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, Texas, "
     "near the city of Dallas.", ("Patrick Crusius", "location", "Allen", False)),
    ('Don Blankenship spoke. Blankenship, reportedly nicknamed the "king of coal", was chairman '
     'and CEO of Massey Energy from 2000 to 2010.',
     ("Don Blankenship", "affiliation", "Massey Energy", False)),
    ("UpGuard, a cybersecurity firm, reportedly sent an email to Cultura Colectiva on January 10.",
     ("UpGuard", "consult", "Cultura Colectiva", False)),
    ("Nancy Pelosi sent a letter to Donald Trump.",
     ("Nancy Pelosi", "consult", "Donald Trump", False)),
    # a local office the text named before without its holder; a request that someone
    # act; a role said in a clause on a title in apposition; chosen to be its nominee
    ('The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state of '
     'emergency. Governor John Bel Edwards addressed the public: "No one should take this '
     'storm lightly."', ("John Bel Edwards", "affiliation", "Louisiana", False)),
    ("Governor John Bel Edwards has requested U.S. President Donald Trump declare a state of "
     "emergency.", ("John Bel Edwards", "appeal", "Donald Trump", False)),
    ("Justin Amash, the first Congressman to be a member of the Libertarian Party, spoke.",
     ("Justin Amash", "affiliation", "Libertarian Party", False)),
    ("Four years later, the Libertarian Party tapped Jo Jorgensen to be its vice presidential "
     "nominee.", ("Jo Jorgensen", "affiliation", "Libertarian Party", False)),
    # where one was born, studied and lives; astronauts of an agency
    ("Boseman was born in South Carolina. Chadwick Boseman acted.",
     ("Chadwick Boseman", "location", "South Carolina", False)),
    ("Chadwick Boseman attended the British American Drama Academy (BADA) during his studies.",
     ("Chadwick Boseman", "affiliation", "British American Drama Academy", False)),
    ("Chadwick Boseman attended the academy during his studies at Howard University from which "
     "he graduated in 2000.", ("Chadwick Boseman", "affiliation", "Howard University", False)),
    ("Volodoymyr Zhukovskyy was arrested Monday at his home in the neighboring state of "
     "Massachusetts.", ("Volodoymyr Zhukovskyy", "location", "Massachusetts", False)),
    ("SpaceX launched its first crewed mission from Florida with NASA astronauts Bob Behnken and "
     "Doug Hurley in a capsule.", ("Doug Hurley", "affiliation", "NASA", False)),
    # a columnist from a paper, parsed as a list with the name; staying with a team; an
    # airport at a town
    ("On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant was on his way.",
     ("Adrian Wojnarowski", "affiliation", "ESPN", False)),
    ("The Hornets traded him to the Los Angeles Lakers. Kobe Bryant stayed with the Lakers for "
     "20 years.", ("Kobe Bryant", "affiliation", "Los Angeles Lakers", False)),
    ("An Air India Express flight attempted a landing at Calicut International Airport at "
     "Karipur, Kerala in India.", ("Calicut International Airport", "location", "Karipur", False)),
    # performing for and signing with an organisation
    ("US professional wrestler Jon Huber, who performed for WWE under the ring name Luke "
     "Harper, died.", ("Jon Huber", "affiliation", "WWE", False)),
    ("After asking for his release from WWE, Jon Huber signed with AEW around the beginning of "
     "this year.", ("Jon Huber", "affiliation", "AEW", False)),
    # "married" read as an adjective; a list split by semicolons; kin listed after a kin
    # noun and its name; an aunt
    ("Gloria Vanderbilt was married to Sidney Lumet.",
     ("Gloria Vanderbilt", "related", "Sidney Lumet", False)),
    ('Gloria Vanderbilt died. Vanderbilt was married to talent agent Pasquale "Pat" Di Cicco; '
     "conductor Leopold Stokowski, who fathered two of her sons; director Sidney Lumet; and "
     "author Wyatt Cooper.", ("Gloria Vanderbilt", "related", "Wyatt Cooper", False)),
    ("U.S. heiress Gloria Vanderbilt died on Monday. Vanderbilt was the subject of a custody "
     "battle between her widowed mother, Gloria Morgan Vanderbilt, and her aunt, Gertrude "
     "Vanderbilt Whitney.", ("Gertrude Vanderbilt Whitney", "related", "Gloria Vanderbilt", False)),
    # a chef of a restaurant, and the city it is in
    ("Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was "
     "discovered dead on Wednesday.", ("Andrea Zamperoni", "affiliation", "Cipriani Dolci", False)),
    ("Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was "
     "discovered dead on Wednesday.", ("Cipriani Dolci", "location", "New York City", False)),
    # the title after an organisation's name belongs to the person after it
    ("The order came from Coast Guard Commandant Admiral Elson Hermogino on Sunday.",
     ("Elson Hermogino", "affiliation", "Coast Guard", False)),
    ("The Biden campaign criticized Donald Trump's refusal to debate virtually.",
     ("Biden", "accuse", "Donald Trump", False)),
    ("Turkey is already under EU sanctions.", ("European Union", "coerce", "Turkey", False)),
    ("Turkey was condemned in a joint statement by Egypt, Greece and Cyprus on October 8.",
     ("Greece", "accuse", "Turkey", False)),
    ("The meeting was attended by Israeli prime minister Benjamin Netanyahu and energy minister "
     "Yuval Steinitz, Greek prime minister Kyriakos Mitsotakis and energy minister Konstantinos "
     "Hatzidakis.", ("Konstantinos Hatzidakis", "affiliation", "Greece", False)),
    ("The meeting was attended by Israeli prime minister Benjamin Netanyahu and energy minister "
     "Yuval Steinitz, Greek prime minister Kyriakos Mitsotakis and energy minister Konstantinos "
     "Hatzidakis.", ("Yuval Steinitz", "affiliation", "Israel", False)),
    ("Mitch McConnell, the Republican Senate Majority Leader, spoke on Monday.",
     ("Mitch McConnell", "affiliation", "Republican Party", False)),
    ("Mitch McConnell, the Republican Senate Majority Leader, spoke on Monday.",
     ("Mitch McConnell", "affiliation", "Senate", False)),
    ("Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both articles.",
     ("Jeff Van Drew", "affiliation", "Democratic Party", False)),
    ("Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both articles.",
     ("Collin Peterson", "affiliation", "Democratic Party", False)),
    ("The House of Representatives impeached President Donald Trump on Wednesday.",
     ("House of Representatives", "accuse", "Donald Trump", False)),
    ("ABS-CBN Corporation is a broadcaster. Philippine President Rodrigo Duterte threatened "
     "the network's franchise renewal.", ("Rodrigo Duterte", "threaten", "ABS-CBN Corporation",
                                          False)),
    ("ABS-CBN Corporation is a broadcaster. Solicitor General Jose Calida filed a petition, "
     "accusing the network of violating its franchise.",
     ("Jose Calida", "accuse", "ABS-CBN Corporation", False)),
    ("Israel bombed Iran's nuclear sites on Friday.", ("Israel", "attack", "Iran", False)),
    ("Tunisia banned the niqab. A member of the Tunisian Parliament, Samir Dilou said, \"Tunisia "
     "is facing terrorist attacks, so every measure is understandable\".",
     ("Samir Dilou", "affiliation", "Tunisian Parliament", False)),
    ("Italian economic development minister Stefano Patuanelli sent a letter of support.",
     ("Stefano Patuanelli", "affiliation", "Italy", False)),
    ("Pierre Nkurunziza died on Monday. He was 55. His death was announced on Tuesday. As of "
     "Tuesday, his widow, Denise, was being treated in Kenya.",
     ("Denise", "related", "Pierre Nkurunziza", False)),
    ("Nkurunziza's term was to end in August, in favor of his elected successor, Evariste "
     "Ndayishimiye.", ("Evariste Ndayishimiye", "related", "Nkurunziza", False)),
    ("The government of Iraq was formed in 2003 after a U.S.-led coalition ousted Saddam Hussein.",
     ("United States", "coerce", "Saddam Hussein", False)),
    ("Protests are not reported in Mosul, in northern Iraq.", ("Mosul", "location", "Iraq", False)),
    ("She held a rally in Minsk, Belarus on Thursday.", ("Minsk", "location", "Belarus", False)),
    ('Trump\'s statement read: "Hamza bin Ladin, the high-ranking al-Qa’ida member and son of '
     'Usama bin Ladin, was killed in a United States counterterrorism operation."',
     ("Hamza bin Ladin", "affiliation", "Al-Qaeda", False)),
    ("Democrat Chuck Schumer, the Senate minority leader, told MSNBC it was sad.",
     ("Chuck Schumer", "affiliation", "Democratic Party", False)),
    ("John Conyers, the former Democratic Dean of the House of Representatives, was 90.",
     ("John Conyers", "affiliation", "House of Representatives", False)),
    ("During the civil war, Nkurunziza served in the CNDD-FDD, the group that now rules.",
     ("Nkurunziza", "affiliation", "CNDD-FDD", False)),
    ("Wiranto, who was visiting the town of Pandeglang in the province of Banten, survived.",
     ("Pandeglang", "location", "Banten", False)),
    ("Police said the suspects were linked to the Jamaah Ansharut Daulah network, which itself "
     "was related to the Islamic State.", ("Jamaah Ansharut Daulah", "related", "Islamic State",
                                           False)),
    ("The Islamic State, which is linked to the Abu Sayyaf Group, claimed responsibility.",
     ("Islamic State", "related", "Abu Sayyaf Group", False)),
    ("President Joko Widodo designated Budi Gunawan, a former general, as the nation's security "
     "minister in 2016.", ("Joko Widodo", "related", "Budi Gunawan", False)),
    ("Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in prison.",
     ("Amy Berman Jackson", "coerce", "Paul Manafort", False)),
    ("After his conviction, Paul Manafort agreed to help with Robert Mueller's investigation.",
     ("Paul Manafort", "cooperate", "Robert Mueller", False)),
    # an organisation's own person
    ("The BBC's Jonathan Marcus said the attack was serious.",
     ("Jonathan Marcus", "affiliation", "BBC", False)),
    ("Apple's chief operating officer Jeff Williams spoke on Monday.",
     ("Jeff Williams", "affiliation", "Apple", False)),
    # "its" is the organisation or place named before it
    ("The US condemned the Cuban government's repression of its people and its support for "
     "Nicolás Maduro.", ("Cuba", "cooperate", "Nicolás Maduro", False)),
    # a message's author does what the participle on it says
    ("Mike Pompeo posted a message on Twitter blaming Iran for the attacks.",
     ("Mike Pompeo", "accuse", "Iran", False)),
    ("In 2006, Abqaiq was the target of an Al-Qaeda suicide attack.",
     ("Al-Qaeda", "attack", "Abqaiq", False)),
    ("The Department of Transportation announced restrictions on flights to Cuba.",
     ("Department of Transportation", "coerce", "Cuba", False)),
    ("Iran went to war with Iraq in 1980.", ("Iran", "attack", "Iraq", False)),
    ("Iraq waged war against Iran in 1980.", ("Iraq", "attack", "Iran", False)),
    ("He lived in Gonesse, a suburb of Paris.", ("Gonesse", "location", "Paris", False)),
    ("Tandag City, the capital of Surigao del Sur, was hit.",
     ("Tandag City", "location", "Surigao del Sur", False)),
    # the name the parser hung on the owner still holds the role
    ("Following the announcement, the director of Argentina's Amnesty International, Mariela "
     "Belski, said the president had listened.",
     ("Mariela Belski", "affiliation", "Amnesty International", False)),
    ("Former US Ambassador to the United Nations Nikki Haley wrote on Twitter.",
     ("Nikki Haley", "affiliation", "United Nations", False)),
    ("Former US Ambassador to the United Nations Nikki Haley wrote on Twitter.",
     ("Nikki Haley", "affiliation", "United States", False)),
    # a person's own envoy or adviser
    ("Jared Kushner, an adviser to Donald Trump, visited Israel.",
     ("Jared Kushner", "affiliation", "Donald Trump", False)),
    # countries and organisations are members too, or not
    ("Turkey is a member of NATO.", ("Turkey", "affiliation", "NATO", False)),
    ("Brazil is not a member of NATO.", ("Brazil", "affiliation", "NATO", True)),
    ("G7, or the Group of Seven, is an informal group of seven countries, the United Kingdom, "
     "United States, France, Canada, Germany, Japan, and Italy.", ("Japan", "affiliation", "G7",
                                                                  False)),
    ("Brazil's National Institute for Space Research has reported more wildfires.",
     ("National Institute for Space Research", "affiliation", "Brazil", False)),
    ("According to the BBC, the SDF is largely made up of YPG militia.",
     ("People's Protection Units", "affiliation", "Syrian Democratic Forces", False)),
    ("On Thursday, French President Emmanuel Macron called for G7 action to correct the crisis.",
     ("Emmanuel Macron", "appeal", "G7", False)),
    ("Angela Merkel seconded Emmanuel Macron's recommendation.",
     ("Angela Merkel", "cooperate", "Emmanuel Macron", False)),
    ("The PKK is banned in Turkey.", ("Turkey", "coerce", "Kurdistan Workers' Party", False)),
    ("US troops had defeated ISIS.", ("United States", "attack", "Islamic State", False)),
    ("Joe Biden defeated Donald Trump in the election.",
     ("Joe Biden", "related", "Donald Trump", False)),
    # a future attack on a condition is a threat; "I" in a quotation is its speaker
    ("Trump said the US would strike Iran if it attacked American troops.",
     ("United States", "threaten", "Iran", False)),
    ('Donald Trump, also on Twitter, defended his decision, "If Turkey does anything bad, I will '
     'totally destroy and obliterate the economy of Turkey."',
     ("Donald Trump", "threaten", "Turkey", False)),
    ('"I will meet Vladimir Putin next week," Donald Trump said.',
     ("Donald Trump", "consult", "Vladimir Putin", False)),
    # a future attack is a threat
    ("The Houthis claimed the attack. They said they would strike Saudi Arabia again.",
     ("Houthis", "threaten", "Saudi Arabia", False)),
    # "they" is the group just named as a plural; "no pressure" is negated
    ('Trump said that he did indicate to the Ukrainians that the aid was contingent. "I put no '
     'pressure on them whatsoever," he told the press.', ("Trump", "coerce", "Ukraine", True)),
    ("Friday, the United States House of Representatives issued a subpoena for documents from "
     "Secretary of State Mike Pompeo.", ("House of Representatives", "investigate", "Mike Pompeo",
                                         False)),
    ("The FBI's investigation of Donald Trump continued.",
     ("Federal Bureau of Investigation", "investigate", "Donald Trump", False)),
    ("In July, he helped facilitate a meeting between Giuliani, claiming to represent the State "
     "Department, and Andriy Yermak, one of President Zelensky's aides.",
     ("Giuliani", "consult", "Andriy Yermak", False)),
    ("In July, he helped facilitate a meeting between Giuliani and Andriy Yermak, one of President "
     "Zelensky's aides.", ("Andriy Yermak", "affiliation", "Zelensky", False)),
    # a plural verb after a list: every name of it
    ("The subpoena was issued jointly by Representatives Eliot Engel, Adam Schiff, and Elijah "
     "Cummings, who serve as chairmen of the House's committees on Foreign Affairs.",
     ("Eliot Engel", "affiliation", "House", False)),
    ("The accusation against Biden is that, during his time as President Barack Obama's vice "
     "president, he called for the government of Ukraine to reduce corruption.",
     ("Biden", "affiliation", "Barack Obama", False)),
    ("The accusation against Biden is that, during his time as President Barack Obama's vice "
     "president, he called for the government of Ukraine to reduce corruption.",
     ("Biden", "appeal", "Ukraine", False)),
    ("Hunter Biden was on the board of Burisma Holdings at the time.",
     ("Hunter Biden", "affiliation", "Burisma Holdings", False)),
    ("Giuliani was serving as Trump's personal lawyer at the time.",
     ("Giuliani", "affiliation", "Trump", False)),
    ("Since then, a Republican, Mark Amodei, has publicly voiced support for the inquiry.",
     ("Mark Amodei", "affiliation", "Republican Party", False)),
    ("Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the "
     "request of Prime Minister Boris Johnson to suspend Parliament.",
     ("Elizabeth II", "cooperate", "Boris Johnson", False)),
    # a role given "as": to the object of "elect", to the subject of "succeed"
    ("Conservative Party members voted on Tuesday to elect Boris Johnson as the new Conservative "
     "leader.", ("Boris Johnson", "affiliation", "Conservative Party", False)),
    ("Current Prime Minister Theresa May is to step down today, with Johnson succeeding her as the "
     "Prime Minister of Great Britain.", ("Johnson", "affiliation", "United Kingdom", False)),
    # an object pronoun is not its own verb's subject
    ("Current Prime Minister Theresa May is to step down today, with Johnson succeeding her as the "
     "Prime Minister of Great Britain.", ("Johnson", "related", "Theresa May", False)),
    ("Boris Johnson was elected leader. Following the UK's Brexit vote, Theresa May appointed him "
     "Foreign Secretary.", ("Theresa May", "related", "Boris Johnson", False)),
    # two titles joined by "and"
    ("Conservative Party leader and Prime Minister Boris Johnson said he was humbled.",
     ("Boris Johnson", "affiliation", "Conservative Party", False)),
    ("On Friday, Ricardo Rosselló Nevares resigned as the governor of United States commonwealth "
     "of Puerto Rico.", ("Ricardo Rosselló Nevares", "affiliation", "Puerto Rico", False)),
    # "attacked X on ..." is words
    ("Joe Biden attacked Donald Trump on paying fewer taxes.",
     ("Joe Biden", "accuse", "Donald Trump", False)),
    ("Iran released Nazanin Zaghari-Ratcliffe on Sunday.",
     ("Iran", "cooperate", "Nazanin Zaghari-Ratcliffe", False)),
    # an organisation's role noun, its name after the owner
    ("On Friday the legislature of Taiwan, the Legislative Yuan, voted to legalize same-sex "
     "marriage.", ("Legislative Yuan", "affiliation", "Taiwan", False)),
    ("Ukraine's parliament, the Verkhovna Rada, voted on Monday.",
     ("Verkhovna Rada", "affiliation", "Ukraine", False)),
    # an organisation named with its country
    ("An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New "
     "Zealand yesterday.", ("Christchurch District Court", "location", "New Zealand", False)),
    ('Prime Minister Ardern spoke. She said, "I have instructed ODESC [Officials Committee for '
     'Domestic and External Security Coordination] to report to Cabinet on Monday."',
     ("Ardern", "appeal", "Officials Committee for Domestic and External Security Coordination",
      False)),
    # "the US state of Alabama", "the New England region of the United States"
    ("On Wednesday in the US state of Alabama, Governor Kay Ivey signed the act.",
     ("Alabama", "location", "United States", False)),
    ("Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed.",
     ("Gdańsk", "location", "Poland", False)),
    ("The airport is the second-largest airport in the New England region of northeastern "
     "United States.", ("New England", "location", "United States", False)),
    # "the city", "the country": the one named last
    ("Nabil died in the city of Aden, in southern Yemen, on Tuesday. The city's security chief, "
     "Abdullah al-Jahafi, announced on Facebook there were suspects in custody.",
     ("Abdullah al-Jahafi", "affiliation", "Aden", False)),
    ("Protests spread across Iran. The country's supreme leader Ali Khamenei spoke.",
     ("Ali Khamenei", "affiliation", "Iran", False)),
    ("Nikoloz Basilashvili was arrested. The arrest came after an allegation he assaulted Neka "
     "Dorokashvili, his ex-wife.", ("Neka Dorokashvili", "related", "Nikoloz Basilashvili",
                                   False)),
    ("Chetwynd also praised the quality of al-Quaety's work.",
     ("Chetwynd", "cooperate", "al-Quaety", False)),
    # "we" in a quotation is its speaker too
    ('"We warn the Saudis that our targets will keep expanding," said Yahya Sarea.',
     ("Yahya Sarea", "threaten", "Saudi Arabia", False)),
    # "Secretary of Transportation": the text's Department of Transportation
    ("The United States Department of Transportation announced new restrictions. US Secretary "
     "of Transportation Elaine Chao said so.",
     ("Elaine Chao", "affiliation", "United States Department of Transportation", False)),
    ("The United States Department of Transportation announced new restrictions. Pompeo wrote "
     "to Elaine Chao, the Secretary of Transportation.",
     ("Elaine Chao", "affiliation", "United States Department of Transportation", False)),
    ("US Secretary of State Mike Pompeo sent a letter requesting the new rules to Elaine Chao.",
     ("Mike Pompeo", "appeal", "Elaine Chao", False)),
    ("Al-Quaety, who contributed to Agence France-Presse among other news organizations, "
     "supported independence.", ("Al-Quaety", "affiliation", "Agence France-Presse", False)),
    # working with is cooperation, working for is affiliation
    ('Union leader Mick Whelan said, "We have been working closely with the Labour Party."',
     ("Mick Whelan", "cooperate", "Labour Party", False)),
    # "the two countries": both countries named last, and their leaders stand for them
    ("Turkey and Greece had earlier had poor relations over disputed resources, but the leaders "
     "of the two countries spoke by telephone on Friday night.",
     ("Greece", "consult", "Turkey", False)),
    # a local office's place opening the sentence
    ("On Wednesday in the US state of Alabama, Governor Kay Ivey signed the act.",
     ("Kay Ivey", "affiliation", "Alabama", False)),
    ("Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, visited the hospital.",
     ("Leszek Głódź", "affiliation", "Gdańsk", False)),
    # a person's own party named after its descriptor
    ("He claimed he was wrongfully imprisoned under Adamowicz's former party Civic Platform's "
     "time in government.", ("Adamowicz", "affiliation", "Civic Platform", False)),
    ("On Friday Ford Motor Company announced the United States Department of Justice was "
     "performing a criminal investigation of Ford's internal emission testing practices.",
     ("Department of Justice", "investigate", "Ford Motor Company", False)),
    # representing, serving and speaking for
    ("Ali Larijani had previously represented Iran's Qom Province in the Islamic Consultative "
     "Assembly.", ("Ali Larijani", "affiliation", "Islamic Consultative Assembly", False)),
    ("Ali Larijani had served Supreme Leader Ali Khamenei in that capacity since 2017.",
     ("Ali Larijani", "affiliation", "Ali Khamenei", False)),
    ("Ali Reza Raisi, speaking for the country's Health Ministry, reported 12 new deaths.",
     ("Ali Reza Raisi", "affiliation", "Health Ministry", False)),
    # people listed as some country's or organisation's own
    ("Multiple Iranian government officials including deputy health minister Iraj Harirchi "
     "had contracted COVID-19.", ("Iraj Harirchi", "affiliation", "Iran", False)),
    ("Democratic lawmakers, including Nancy Pelosi and Adam Schiff, criticized the plan.",
     ("Adam Schiff", "affiliation", "Democratic Party", False)),
    # a person's own adviser, also when a second title follows "and"
    ("Former Trump adviser and retired general Michael Flynn was on stage while Trump flew over.",
     ("Michael Flynn", "affiliation", "Trump", False)),
    # a lawsuit or appeal stands for who brought it; questioning someone's authority
    ("On Friday the Supreme Court rejected a lawsuit filed by Texas.",
     ("Supreme Court", "reject", "Texas", False)),
    ("Joe Biden spoke. Democrats challenged his decision.",
     ("Democratic Party", "accuse", "Joe Biden", False)),
    # "they" after two people named together; representing someone; paying tribute
    ("Emily Spanton met officers Antoine Quirin and Nicolas Redouane at an Irish pub. They "
     "worked for the Brigade de Recherche et d'Intervention, an elite anti-gang unit.",
     ("Nicolas Redouane", "affiliation", "Brigade de Recherche et d'Intervention", False)),
    ("Howard Rubel, a Toronto lawyer representing Emily Spanton, told the BBC after the verdict.",
     ("Howard Rubel", "affiliation", "Emily Spanton", False)),
    ("Michael Makuei, the Information Minister paid tribute to John Luk Jok.",
     ("Michael Makuei", "cooperate", "John Luk Jok", False)),
    ("John Luk Jok, the South Sudanese minister for East African Affairs, died yesterday.",
     ("John Luk Jok", "affiliation", "South Sudan", False)),
    # holding in contempt, every one of an apposed list; a lemmatizer's slip ("raped": "rap")
    ("The United States House of Representatives voted to hold two current Cabinet officers, "
     "Commerce Secretary Wilbur Ross and Attorney General William Barr, in contempt of Congress.",
     ("House of Representatives", "coerce", "William Barr", False)),
    ("Antoine Quirin raped Emily Spanton in 2014.",
     ("Antoine Quirin", "attack", "Emily Spanton", False)),
    # Puerto Rico: an "oprd" object, a list before a plural role, belonging, a lawsuit
    # filed by someone against someone
    ("Before resigning, Ricardo Rosselló appointed Pedro Pierluisi as secretary of state.",
     ("Ricardo Rosselló", "related", "Pedro Pierluisi", False)),
    ("Pedro Pierluisi, Thomas Rivera Schatz, and Ricardo Rosselló are all members of the New "
     "Progressive Party.", ("Pedro Pierluisi", "affiliation", "New Progressive Party", False)),
    ("Wanda Vázquez belongs to the ruling New Progressive Party.",
     ("Wanda Vázquez", "affiliation", "New Progressive Party", False)),
    ("On Wednesday, the court issued a ruling finding in favor of a lawsuit filed by the Puerto "
     "Rico Senate on Sunday against Pedro Pierluisi over his claim to the governorship.",
     ("Puerto Rico Senate", "accuse", "Pedro Pierluisi", False)),
    # a role with its own "of"; a role phrase after a name the parser did not attach
    ("Kelly, then-New Jersey Governor Chris Christie's deputy chief of staff, and Baroni, then "
     "the deputy executive director of the Port Authority, were convicted.",
     ("Kelly", "affiliation", "Chris Christie", False)),
    ("Park Won-soon, the mayor of Seoul, South Korea, was found dead, police reported Friday "
     "morning.", ("Park Won-soon", "affiliation", "Seoul", False)),
    # "lists X as belonging to": X belongs
    ("The Centre for Aviation's database lists Iran Air as belonging to the Iranian Air Force.",
     ("Iran Air", "affiliation", "Iranian Air Force", False)),
    # an agency's administrator; "X and others in" an organisation; a person's team
    ("On Monday, United States General Services Administration administrator Emily W. Murphy "
     "sent a letter to President-elect Joe Biden.",
     ("Emily W. Murphy", "affiliation", "United States General Services Administration", False)),
    ("Joe Biden and others in the Democratic Party warned the delayed transition could be a "
     "threat.", ("Joe Biden", "affiliation", "Democratic Party", False)),
    ("Nancy Pelosi and other members of Congress left.",
     ("Nancy Pelosi", "affiliation", "Congress", False)),
    ("Former New Jersey governor Chris Christie denounced the Donald Trump legal team's claims "
     "as a national embarrassment.", ("Chris Christie", "accuse", "Donald Trump", False)),
    # pardons granted; a party as an attribute or a plural; a plural title shared by a
    # list; musicians; owners; "his time as ... head at"
    ("Donald Trump granted Angela Ronae Stanton a full and unconditional pardon.",
     ("Donald Trump", "cooperate", "Angela Ronae Stanton", False)),
    ("Donald Trump is a Republican.", ("Donald Trump", "affiliation", "Republican Party", False)),
    ("Both President Trump and some Democrats, such as former Representative Beto O'Rourke, "
     "have expressed interest.", ("Beto O'Rourke", "affiliation", "Democratic Party", False)),
    ("Multiple officials pressured Trump, including Republican members of the House of "
     "Representatives Darin LaHood and Mike Bost.",
     ("Mike Bost", "affiliation", "House of Representatives", False)),
    ("Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia "
     "co-sponsored it.", ("David Perdue", "affiliation", "Georgia", False)),
    ("Guests included fashion designer Tim Gunn and Grateful Dead drummer Mickey Hart.",
     ("Mickey Hart", "affiliation", "Grateful Dead", False)),
    ("DeBartolo, who used to own the San Francisco 49ers football team, was convicted.",
     ("DeBartolo", "affiliation", "San Francisco 49ers", False)),
    ("In 1990, Michael Robert Milken pled guilty to charges related to his time as bond "
     "department head at Drexel Burnham Lambert, an investment bank.",
     ("Michael Robert Milken", "affiliation", "Drexel Burnham Lambert", False)),
    # a quotation's speaker named in an apposition, before "said on Friday"; "the
    # President's power" is Trump's; a whip's title
    ('President Donald Trump spoke on Friday. The Senate Minority Leader, Chuck Schumer, said '
     'on Friday "We made a plea to the president once again".',
     ("Chuck Schumer", "appeal", "Donald Trump", False)),
    ("President Donald Trump spoke on Friday. Senate Minority Whip Dick Durbin yesterday "
     "questioned the President's power to do so.",
     ("Dick Durbin", "accuse", "Donald Trump", False)),
    ("President Donald Trump spoke on Friday. Senate Minority Whip Dick Durbin yesterday "
     "questioned the President's power to do so.", ("Dick Durbin", "affiliation", "Senate", False)),
    # a party's primary; a choice announced; running mates
    ("On Friday, Beto O'Rourke, who was a candidate in the Democratic primary for the 2020 "
     "election, announced the end of his campaign.",
     ("Beto O'Rourke", "affiliation", "Democratic Party", False)),
    ("Yesterday, Joe Biden announced Kamala Harris as his choice for running mate in the 2020 "
     "election.", ("Joe Biden", "related", "Kamala Harris", False)),
    ("Joe Biden won. His running mate, Kamala Harris, would become vice president.",
     ("Kamala Harris", "affiliation", "Joe Biden", False)),
    ("In 1984, Geraldine Ferraro was Walter Mondale's running mate on the Democratic Party "
     "ticket.", ("Geraldine Ferraro", "affiliation", "Walter Mondale", False)),
    ("Podcaster Spike Cohen was picked to be the Libertarian Party's vice presidential nominee.",
     ("Spike Cohen", "affiliation", "Libertarian Party", False)),
    # a quoted sentence with no subject is its speaker's; "you [Name]" is the name
    ('"Thank you [Bill de Blasio] for making working families the center of your campaign", '
     'wrote Elizabeth Warren on Twitter.',
     ("Elizabeth Warren", "cooperate", "Bill de Blasio", False)),
    # where places and institutions are
    ("Ali Larijani had previously represented Iran's Qom Province in the Islamic Consultative "
     "Assembly.", ("Qom Province", "location", "Iran", False)),
    ("A gunman opened fire in El Paso, Texas on Saturday.",
     ("El Paso", "location", "Texas", False)),
    ("The Court of Session in Scotland issued an opinion on Wednesday.",
     ("Court of Session", "location", "Scotland", False)),
    ("The Court of Session is the highest civil court in Scotland.",
     ("Court of Session", "location", "Scotland", False)),
    # a place inside another one named after "in", also "the capital city of"
    ("Several thousand people rallied at Freedom Plaza in the US capital city of Washington.",
     ("Freedom Plaza", "location", "Washington, D.C.", False)),
    # "from" for a legislator; a hyphenated title; a district attorney
    ("Heading into the primary, Senator Bernie Sanders from Vermont had the most delegates.",
     ("Bernie Sanders", "affiliation", "Vermont", False)),
    ("Former US Vice-President Joe Biden has been projected to have won.",
     ("Joe Biden", "affiliation", "United States", False)),
    ("Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. over the subpoena.",
     ("Cyrus R. Vance", "affiliation", "Manhattan", False)),
    # "Jr." does not end the coordination
    ("President Trump sued District Attorney Cyrus R. Vance, Jr. and his own tax preparer "
     "Mazars USA to block the release.", ("Trump", "accuse", "Mazars USA", False)),
    # a body's committee, also where the parser lost the possessive
    ("A law let the House of Representatives' Committee on Ways and Means see his records.",
     ("Committee on Ways and Means", "affiliation", "House of Representatives", False)),
    ("The Senate's Intelligence Committee investigated the deal.",
     ("Intelligence Committee", "affiliation", "Senate", False)),
    # a university's institute or school, its name going on after the head word
    ("According to the University of Washington's Institute for Health Metrics and "
     "Evaluation, the virus may cause 32,000 more deaths.",
     ("Institute for Health Metrics and Evaluation", "affiliation", "University of Washington",
      False)),
    ("Harvard University's Kennedy School published the report.",
     ("Kennedy School", "affiliation", "Harvard University", False)),
    # "the capital city" is the city the text named so
    ("Thousands rallied in the US capital city of Washington, DC. Trump lashed out at the "
     "capital city's Democratic mayor Muriel Bowser.",
     ("Muriel Bowser", "affiliation", "Washington, D.C.", False)),
    # a state, then its country, is no list; a fronted role past its owner's state
    ("The shooting of protesters in Kenosha, Wisconsin, United States left two people dead.",
     ("Kenosha", "location", "Wisconsin", False)),
    ("Kyle Rittenhouse was charged. A resident of Antioch, Illinois, Rittenhouse is accused "
     "of crossing state lines.", ("Kyle Rittenhouse", "affiliation", "Antioch", False)),
    ("Kirsten Gillibrand is currently serving as the junior Senator from New York.",
     ("Kirsten Gillibrand", "affiliation", "New York", False)),
    # "X-based", whatever the parser made of it
    ("Council spokesperson Barend Leyts told Brussels-based media network EURACTIV safety "
     "procedure had been followed.", ("EURACTIV", "location", "Brussels", False)),
    # an institution's capitalised head word alone is the one institution so named
    ("Charles Michel chairs the European Council. Council spokesperson Barend Leyts, when "
     "asked, said the procedure had been followed.", ("Leyts", "affiliation", "European Council", False)),
    ("Train drivers' trade union Aslef general secretary Mick Whelan commented.",
     ("Mick Whelan", "affiliation", "Aslef", False)),
    # taking someone's seat succeeds them; considering someone a risk accuses them
    ("Kirsten Gillibrand spoke. In 2009, she was appointed to fill Hillary Clinton's Senate "
     "seat after Clinton resigned.", ("Kirsten Gillibrand", "related", "Hillary Clinton", False)),
    ("Court Commissioner Loren Keating said he considered Kyle Rittenhouse a flight risk.",
     ("Loren Keating", "accuse", "Kyle Rittenhouse", False)),
    # "co-founded" split by the tokenizer; an armed movement against someone
    ("Mugabe co-founded the Zimbabwe African National Union (ZANU) to oppose the white "
     "minority rule.", ("Mugabe", "affiliation", "Zimbabwe African National Union", False)),
    ("Mugabe led a militant guerrilla movement against Ian Smith's government.",
     ("Mugabe", "attack", "Ian Smith", False)),
    # a speaker's verdict on someone inside a quotation
    ('"For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was '
     'a dictator.", said Ashton Bumhira.', ("Ashton Bumhira", "accuse", "Robert Mugabe", False)),
    ('"Joe Biden is a corrupt politician," Donald Trump said.',
     ("Donald Trump", "accuse", "Joe Biden", False)),
    ('"Cde Robert Mugabe was an icon of liberation", wrote President Emmerson Mnangagwa.',
     ("Emmerson Mnangagwa", "cooperate", "Robert Mugabe", False)),
    # an organisation named with its country after "of"; "the government" of the country
    ("The government criticized the new cities, ABC of Australia reported.",
     ("ABC", "affiliation", "Australia", False)),
    ("Hosni Mubarak, the former President of Egypt, died in Cairo. In the announcement, the "
     "government allegedly criticized Mubarak's creation of new cities.",
     ("Egypt", "accuse", "Hosni Mubarak", False)),
    # the institution's head word before a capitalised title
    ("Speaking in the Legislative Council, Lam was interrupted. Council President Andrew Leung "
     "adjourned the session.", ("Andrew Leung", "affiliation", "Legislative Council", False)),
    # a country's named region; a place "in the centre of" another
    ("A car bomb hit a military base in Maidan Shahr in the centre of Afghanistan's Maidan "
     "Wardak province.", ("Maidan Wardak", "location", "Afghanistan", False)),
    ("A car bomb hit a military base in Maidan Shahr in the centre of Afghanistan's Maidan "
     "Wardak province.", ("Maidan Shahr", "location", "Maidan Wardak", False)),
    # "X, of the ... council"; an allegation about the subject of a clause
    ("A bomb hit a base in Afghanistan's Maidan Wardak province. Sharif Hotak, of the Maidan "
     "Wardak provincial council, described witnessing 35 bodies.",
     ("Sharif Hotak", "affiliation", "Maidan Wardak", False)),
    ("Joe Biden spoke on Monday. Later Donald Trump alleged Joe Biden was hiding the figures.",
     ("Donald Trump", "accuse", "Joe Biden", False)),
    # a role in a relative clause on a description of the name; elected to a body;
    # posts given by someone
    ("On Monday, Pranab Mukherjee, a career politician who served as President of India for "
     "five years, died.", ("Pranab Mukherjee", "affiliation", "India", False)),
    ("Pranab Mukherjee was elected to the Rajya Sabha, the upper legislature.",
     ("Pranab Mukherjee", "affiliation", "Rajya Sabha", False)),
    ("Pranab Mukherjee was soon given ministerial posts by Indira Gandhi.",
     ("Indira Gandhi", "related", "Pranab Mukherjee", False)),
    ("Angela Stanton was granted a pardon by Donald Trump.",
     ("Donald Trump", "cooperate", "Angela Stanton", False)),
    # two roles coordinated before a name; a role coordinated with the name itself
    ("Rajiv Gandhi died on Monday. His daughter, and member of the INC, Priyanka Gandhi wrote "
     "a letter.", ("Priyanka Gandhi", "related", "Rajiv Gandhi", False)),
    ("Jennifer Daskal of American University and contributor to Slate wrote a column.",
     ("Jennifer Daskal", "affiliation", "Slate", False)),
    # "the Luxembourg-based court"; a court's name in its language between it and its country;
    # bringing a case before a court
    ("The European Court of Justice ruled on Thursday. The Luxembourg-based court issued a "
     "judgement.", ("European Court of Justice", "location", "Luxembourg", False)),
    ("As a result, the Supreme Court of Justice (Oberster Gerichtshof) of Austria brought the "
     "case before the ECJ.", ("Supreme Court of Justice", "affiliation", "Austria", False)),
    ("As a result, the Supreme Court of Justice of Austria brought the case before the European "
     "Court of Justice.", ("Supreme Court of Justice", "appeal", "European Court of Justice",
                           False)),
    ("The ruling favoured the plaintiff, Eva Glawischnig-Piesczek, a politician in Austria.",
     ("Eva Glawischnig-Piesczek", "affiliation", "Austria", False)),
    ("Wikinews interviewed Michael Siegel to learn more.",
     ("Wikinews", "consult", "Michael Siegel", False)),
    # a company a demonym describes; a role owned by a country's government
    ("British supermarket chain Tesco sold its Polish branch.",
     ("Tesco", "affiliation", "United Kingdom", False)),
    ("HDT acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group.",
     ("Hirtenberger Defence Group", "affiliation", "Austria", False)),
    ("Magyar Nemzet published an interview with Gaspar Maroth, the Hungarian Government "
     "commissioner responsible for defence.", ("Gaspar Maroth", "affiliation", "Hungary", False)),
    # the noun an organisation's name is set against stands for it later
    ("In the wake of his death, Tonga's parliament, the Legislative Assembly, was suspended. "
     "Akilisi Pohiva first joined parliament in 1987.",
     ("Akilisi Pohiva", "affiliation", "Legislative Assembly", False)),
    ("Akilisi Pohiva taught classes in sociology at the University of the South Pacific's "
     "campus in Tonga.", ("Akilisi Pohiva", "affiliation", "University of the South Pacific",
                          False)),
    # media roles; an honorific before the name after a role; a place-named company
    ("A bombing killed Abu Dhabi TV photojournalist Ziad al-Sharabi in Mokha.",
     ("Ziad al-Sharabi", "affiliation", "Abu Dhabi TV", False)),
    ("But the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed the bombing to "
     "Houthi rebels.", ("Ali bin Tamim", "affiliation", "Abu Dhabi Media", False)),
    # attributing an attack; "the rebels" named as "Houthi rebels" before
    ("But the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed the bombing to "
     "Houthi rebels.", ("Ali bin Tamim", "accuse", "Houthis", False)),
    ("Yemen's Houthi rebels attacked the port on Monday. According to the minister, the rebels "
     "are backed by Iran.", ("Iran", "cooperate", "Houthis", False)),
    # "the capital, X" of the one country the sentence names
    ("Yemen has been experiencing civil war since the capital, Sanaa, fell under Houthi "
     "control in 2014.", ("Sanaa", "location", "Yemen", False)),
    # sympathy; the person named after a role's owner
    ("Nickey Iyambo died on Sunday. The current president of Namibia, Hage Geingob, expressed "
     "his sadness at Iyambo's death.", ("Hage Geingob", "related", "Nickey Iyambo", False)),
    # a quoted adjective after the object
    ('Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy".',
     ("Tom Watson", "accuse", "Theresa May", False)),
    # a kin role's owner named after a description of them
    ("On Friday, Mohammed Waseem, brother of social media personality and feminist Qandeel "
     "Baloch, was sentenced.", ("Mohammed Waseem", "related", "Qandeel Baloch", False)),
    # a newspaper named after its place
    ("According to Samoa Observer editor Keni Lesa, the movement was able to tap into it.",
     ("Keni Lesa", "affiliation", "Samoa Observer", False)),
    # an institution the model tagged as an event; a territory the model tagged as a people
    ("On Thursday at the headquarters of the Paris Police Prefecture in Paris, France, an IT "
     "worker went on a stabbing spree.", ("Paris Police Prefecture", "location", "Paris", False)),
    ("Officials said the man was born in the French territory of Martinique.",
     ("Martinique", "location", "France", False)),
    # a town the model missed, then its county and country
    ("On Saturday evening in Forbury Gardens in Reading, Berkshire, UK a mass stabbing killed "
     "three people.", ("Reading", "location", "Berkshire", False)),
    ("On Saturday evening in Forbury Gardens in Reading, Berkshire, UK a mass stabbing killed "
     "three people.", ("Forbury Gardens", "location", "Reading", False)),
    # "the man, later identified as X"; "its selection of X"
    ("Thames Valley Police soon arrived and detained the man, later identified as Khairi "
     "Saadallah.", ("Thames Valley Police", "coerce", "Khairi Saadallah", False)),
    ("On Wednesday, Time magazine announced its selection of climate change activist Greta "
     "Thunberg as their 2019 Person of the Year.", ("Time", "related", "Greta Thunberg", False)),
    # a title the model ran into the name after it
    ("Time also considered the United States Speaker of the House Nancy Pelosi.",
     ("Nancy Pelosi", "affiliation", "United States", False)),
    # where one lives or moved to
    ("John Fitisemanu had lived in Utah for more than twenty years.",
     ("John Fitisemanu", "location", "Utah", False)),
    ("Walter Munk emigrated to the United States before moving to California in 1939.",
     ("Walter Munk", "location", "California", False)),
    ("Abdullah Kurdi now resides in Iraq.", ("Abdullah Kurdi", "location", "Iraq", False)),
    # people in apposition with a demonym are its nationals
    ("Three American Samoans, Pale Tuli, Rosavita Tuli, and John Fitisemanu, sued the state.",
     ("Rosavita Tuli", "affiliation", "American Samoa", False)),
    ("An Australian, Brenton Tarrant, aged 28, appeared in court.",
     ("Brenton Tarrant", "affiliation", "Australia", False)),
    # a delegate to a body sits in it too
    ("The American Samoan delegate to the U.S. House of Representatives, Aumua Amata, told the "
     "press.", ("Aumua Amata", "affiliation", "House of Representatives", False)),
    ("The American Samoan delegate to the U.S. House of Representatives, Aumua Amata, told the "
     "press.", ("Aumua Amata", "affiliation", "American Samoa", False)),
    # a leadership taken or given up
    ("Ricardo Rosselló announced he would resign leadership of the New Progressive Party.",
     ("Ricardo Rosselló", "affiliation", "New Progressive Party", False)),
    ("Janet Yellen did not retain the chairmanship of the Federal Reserve.",
     ("Janet Yellen", "affiliation", "Federal Reserve", True)),
    # a nominee confirmed, or voted down
    ("The Senate confirmed Amy Coney Barrett on Monday.",
     ("Senate", "cooperate", "Amy Coney Barrett", False)),
    ("The Senate voted against confirming Amy Coney Barrett.",
     ("Senate", "cooperate", "Amy Coney Barrett", True)),
    # a hyphenated event noun stands for its subject, whichever half the parser heads
    ("Thomas Rivera Schatz expressed opposition to the swearing-in of Pedro Pierluisi.",
     ("Thomas Rivera Schatz", "reject", "Pedro Pierluisi", False)),
    # clergy of a see; "a <demonym> chef named X"; a blow with a verb for it
    ("Cardinal Marc Ouellet of the Holy See said the rules are strict.",
     ("Marc Ouellet", "affiliation", "Vatican City", False)),
    ("A Polish chef named Łukasz harried Usman Khan with a narwhal tusk.",
     ("Łukasz", "affiliation", "Poland", False)),
    ("A Polish chef named Łukasz harried Usman Khan with a narwhal tusk.",
     ("Łukasz", "attack", "Usman Khan", False)),
    # goods sent, by an organisation that says "they"; an organisation that directs another
    ("UNICEF reported they had delivered over 105 thousand doses of vaccine to Samoa.",
     ("UNICEF", "cooperate", "Samoa", False)),
    ("The Watch Tower Society, the organisation which directs the Jehovah's Witnesses on "
     "doctrines, keeps a database.", ("Watch Tower Society", "affiliation",
                                      "Jehovah's Witnesses", False)),
    # a governing body named with "of" and a place; the abbreviation after it is the place's
    ("Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the bill. "
     "NSW had the most restrictive law. New South Wales is a state.",
     ("Parliament of New South Wales", "affiliation", "New South Wales", False)),
    ("The Supreme Court of the United Kingdom ruled on Tuesday.",
     ("Supreme Court", "affiliation", "United Kingdom", False)),
    # a party before a surname; a scholar of a university; a kin noun before the name
    ("State Senator Patricia Ann Spearman spoke. Democrat Spearman, a former Army colonel, was "
     "first elected in 2012.", ("Patricia Ann Spearman", "affiliation", "Democratic Party",
                                False)),
    ("According to Rutgers University political scholar Kelly Dittmar, women hold fewer seats.",
     ("Kelly Dittmar", "affiliation", "Rutgers University", False)),
    ("Donald Trump reported he and his wife First Lady Melania Trump tested positive.",
     ("Melania Trump", "related", "Donald Trump", False)),
    # a seat written after the institution's abbreviation
    ("Marine One flew Donald Trump to Walter Reed National Military Medical Center (WRNMMC) in "
     "Bethesda, Maryland.", ("Walter Reed National Military Medical Center", "location",
                             "Bethesda", False)),
    # "located in the state of X" (the "in" object is the place, not an agent); a party
    # set against its state; running for a party; a court ruling against someone
    ("Voters in the electoral district of Groom vote tomorrow. Groom is located in the state "
     "of Queensland.", ("Groom", "location", "Queensland", False)),
    ("At the last election, the Liberal National Party, Queensland's dominant conservative "
     "party, won this seat.", ("Liberal National Party", "affiliation", "Queensland", False)),
    ("Wikinews spoke to Craig Farquharson, who is running for the Liberal Democrats.",
     ("Craig Farquharson", "affiliation", "Liberal Democrats", False)),
    ("The United States Supreme Court later ruled against William Conley's extension of "
     "absentee voting.", ("United States Supreme Court", "reject", "William Conley", False)),
    ("Craig Farquharson owns the King Vapealot vape store in Toowoomba.",
     ("Craig Farquharson", "affiliation", "King Vapealot", False)),
    ("Retired teacher Brian T. Carroll answered questions from Wikinews accredited reporter "
     "William S. Saturn.", ("William S. Saturn", "affiliation", "Wikinews", False)),
    # a title the parser made the subject, its name in apposition; "his" in the predicate is
    # not the subject's own
    ("The same day, incumbent President of the United States Donald Trump became the "
     "Republican Party's presumptive nominee.", ("Donald Trump", "affiliation",
                                                 "Republican Party", False)),
    ("Bill Hammons became the nominee. Eric Bodenstab was picked to be his running mate.",
     ("Eric Bodenstab", "affiliation", "Bill Hammons", False)),
    ("Wikinews accredited reporter William S. Saturn reached out to Bill Hammons.",
     ("William S. Saturn", "affiliation", "Wikinews", False)),
    # with the light verb's own subject, an organisation or an invaded place modifying the
    # event noun is the other side; the owner of sanctions is still a source
    ("On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the "
     "African Continental Free Trade Area (AfCFTA) agreement.",
     ("Patrice Talon", "cooperate", "African Continental Free Trade Area", False)),
    ("The US launched the Iraq invasion in 2003.", ("United States", "attack", "Iraq", False)),
    ("Donald Trump imposed US sanctions on Iran.", ("United States", "coerce", "Iran", False)),
    # a portfolio of two before a role
    ("Leaders of African Union (AU) member states met. AU trade and industry commissioner "
     "Albert Muchanga announced Benin was to join.", ("Albert Muchanga", "affiliation",
                                                      "African Union", False)),
    # a passive the parser read as "be" with a participle; where one studied; a verdict with
    # a praising adjective; "left X as the party's nominee"; "in Chicago, Illinois and ..."
    ("John Paul Stevens was born in Chicago. He was nominated to the Supreme Court in 1975 by "
     "President Gerald Ford.", ("Gerald Ford", "related", "John Paul Stevens", False)),
    ("John Smith studied at Harvard University.",
     ("John Smith", "affiliation", "Harvard University", False)),
    ('During an interview, Bernie Sanders called Joe Biden a "decent man".',
     ("Bernie Sanders", "cooperate", "Joe Biden", False)),
    ("Bernie Sanders ended his bid for the Democratic Party's nomination. Sanders' exit from "
     "the race left Joe Biden as the party's expected nominee.",
     ("Joe Biden", "affiliation", "Democratic Party", False)),
    ("Stevens was born in 1920 in Chicago, Illinois and studied law at Northwestern "
     "University.", ("Chicago", "location", "Illinois", False)),
    # the subject does what a non-control verb's infinitive says; a party before the title's
    # owner; a party in apposition
    ("Kay Hagan defeated incumbent Republican US Senator Elizabeth Dole to become the first "
     "female Democratic US Senator from North Carolina.",
     ("Kay Hagan", "affiliation", "Democratic Party", False)),
    ("Kay Hagan defeated incumbent Republican US Senator Elizabeth Dole in 2008.",
     ("Elizabeth Dole", "affiliation", "Republican Party", False)),
    ("She lost reelection to Thom Tillis, a Republican, in 2014.",
     ("Thom Tillis", "affiliation", "Republican Party", False)),
    # a judge presiding in a court; a demonym in apposition, "from" a country
    ("Judge James Parker Jones, presiding in the United States District Court for the Western "
     "District of Virginia in Abingdon, handed down the sentence.",
     ("James Parker Jones", "affiliation",
      "United States District Court for the Western District of Virginia", False)),
    ("Sirhan Sirhan, an ethnic Palestinian from Jordan, opposed Robert Kennedy's position.",
     ("Sirhan Sirhan", "affiliation", "Jordan", False)),
    # contacting someone; owning a place; where a person is from; a possessor's victim
    ("Wikinews contacted Boeing in an effort to establish the configuration.",
     ("Wikinews", "consult", "Boeing", False)),
    ("Fath Airport is owned by the Revolutionary Guards.",
     ("Islamic Revolutionary Guard Corps", "affiliation", "Fath Airport", False)),
    ("Bruce McArthur, from Toronto, Canada, on Tuesday admitted his guilt in eight murders.",
     ("Bruce McArthur", "location", "Toronto", False)),
    ("Bruce McArthur murdered eight men. McArthur's first victim of the eight was 40-year-old "
     "Skandaraj Navaratnam, a former boyfriend.",
     ("Bruce McArthur", "attack", "Skandaraj Navaratnam", False)),
    ("Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison.",
     ("Bernard Schwartz", "coerce", "David Turpin", False)),
    ("Heavy rain hit Florida's West Palm Beach on Sunday.",
     ("West Palm Beach", "location", "Florida", False)),
    # "the capital" of the country the text is about
    ("Puerto Rico's governor resigned. Puerto Rico has been in turmoil. His announcement "
     "followed two weeks of protests in the capital, San Juan.",
     ("San Juan", "location", "Puerto Rico", False)),
]


def test_an_alignment_is_no_signed_agreement(extract):
    relations = {(r.relation, r.category) for r in extract(
        "Jonathan Marcus said the Houthis are ideologically aligned with Iran.").relations}
    assert ("aligned with", "cooperate") in relations, relations
    assert not any(rel == "signs agreement with" for rel, _ in relations), relations


@pytest.mark.parametrize("text", [
    "Leaders met in Paris, France, Germany and Italy on Monday.",
    "He served in Iraq in 2004.",
])
def test_lists_and_places_are_not_locations_or_memberships(extract, text):
    rows = edge_rows(extract(text))
    assert not any(row[1] in ("location", "affiliation") for row in rows), rows


def test_a_clause_about_a_role_holder_does_not_name_the_holder(extract):
    rows = edge_rows(extract("A jury convicted Michael Avenatti, the California lawyer who "
                             "represented Stormy Daniels in her lawsuit against US President "
                             "Donald Trump."))
    assert not any(row[0] == "Donald Trump" and row[2] != "United States" for row in rows), rows


@pytest.mark.parametrize("text,wrong", [
    ("Joe Biden and the president of France met on Monday.",
     ("Joe Biden", "affiliation", "France", False)),
    ("Trump asked Zelensky to investigate Joe Biden and his son, Hunter Biden.",
     ("Joe Biden", "related", "Donald Trump", False)),
    ("The debate featured Senate Minority Whip Dick Durbin and incoming chair of the House "
     "Intelligence Committee Adam Schiff.",
     ("Dick Durbin", "affiliation", "House Intelligence Committee", False)),
])
def test_a_role_after_and_belongs_to_the_next_person(extract, text, wrong):
    rows = edge_rows(extract(text))
    assert wrong not in rows, rows


@pytest.mark.parametrize("text,wrong", [
    ("The Iranian-backed militia Kataib Hezbollah fired rockets at the base.",
     ("Kataib Hezbollah", "affiliation", "Iran", False)),
    ("Joe Biden secured the nomination of his party. Tiara Lusk's party, the Life and Liberty "
     "Party, met. Biden thanked his party.", ("Joe Biden", "affiliation", "Life and Liberty Party",
                                              False)),
])
def test_a_country_backing_or_a_possessed_noun_is_no_tie(extract, text, wrong):
    rows = edge_rows(extract(text))
    assert wrong not in rows, rows


def test_a_country_is_not_located_where_its_leader_met_someone(extract):
    rows = edge_rows(extract("Trump met Kim, the leader of North Korea, in Hanoi."))
    assert not any(row[1] == "location" for row in rows), rows


@pytest.mark.parametrize("text,person,owner", [
    ("Tributes were paid by world leaders including the Iranian Foreign Minister Mohammad "
     "Javad Zarif and British Prime Minister Boris Johnson.", "Boris Johnson", "Iran"),
    ("After inquiry, U.S. presidential candidates Phil Collins of the Prohibition Party, Don "
     "Blankenship of the Constitution Party, and Jo Jorgensen of the Libertarian Party, "
     "weighed in.", "Don Blankenship", "Prohibition Party"),
])
def test_a_name_with_its_own_title_or_party_keeps_it(extract, text, person, owner):
    rows = edge_rows(extract(text))
    assert not any(row[0] == person and row[2] == owner for row in rows), rows


def test_a_role_only_considered_is_not_held(extract):
    rows = edge_rows(extract("Senator Amy Klobuchar of Minnesota withdrew her name from "
                             "consideration to be Joe Biden's running mate."))
    assert not any(row[2] == "Joe Biden" for row in rows), rows


def test_not_a_party_member_is_negated(extract):
    rows = edge_rows(extract("Joe Biden is not a Republican."))
    assert ("Joe Biden", "affiliation", "Republican Party", True) in rows, rows


def test_an_assault_is_not_called_a_killing(extract):
    extraction = extract("Antoine Quirin raped Emily Spanton in 2014.")
    assert [r.relation for r in extraction.relations] == ["assaults"], extraction.relations


def test_documents_related_to_someone_link_no_one(extract):
    rows = edge_rows(extract("Barr refused to disclose to Congress documents related to "
                             "President Donald Trump's attempt to add the question."))
    assert not any(row[1] == "related" for row in rows), rows


def test_a_person_owned_by_an_entity_is_not_that_entity(extract):
    rows = edge_rows(extract("Congress criticized Joe Biden's lawyer on Monday."))
    assert not any(row[2] == "Joe Biden" for row in rows), rows


@pytest.mark.parametrize("text,expected", MORE_FRAMES)
def test_more_frames(extract, text, expected):
    _check(extract, text, expected)


def test_titles_in_a_list_keep_their_own_owner(extract):
    text = ("The meeting was attended by Israeli prime minister Benjamin Netanyahu and energy minister "
            "Yuval Steinitz, Greek prime minister Kyriakos Mitsotakis and energy minister Konstantinos "
            "Hatzidakis.")
    rows = edge_rows(extract(text))
    assert ("Kyriakos Mitsotakis", "affiliation", "Israel", False) not in rows
    assert ("Konstantinos Hatzidakis", "affiliation", "Israel", False) not in rows


COMPLEMENTS = [
    ("Joe Biden attacked Donald Trump for the tweet.", ("Joe Biden", "accuse", "Donald Trump", False)),
    ("House Speaker Nancy Pelosi called President Donald Trump's conduct a breach of his duties.",
     ("Nancy Pelosi", "accuse", "Donald Trump", False)),
    ("The United States designated the Houthis a terrorist organization.",
     ("United States", "coerce", "Houthis", False)),
    ("US President Donald Trump characterized the call with Ukrainian President Volodymyr "
     "Zelensky as perfectly fine.", ("Donald Trump", "consult", "Volodymyr Zelensky", False)),
]


@pytest.mark.parametrize("text,expected", COMPLEMENTS)
def test_verbs_that_need_a_complement(extract, text, expected):
    _check(extract, text, expected)


def test_designation_as_terrorists_is_coercion_not_appointment(extract):
    rows = edge_rows(extract("The United States designated the Houthis as a terrorist group."))
    assert ("United States", "coerce", "Houthis", False) in rows
    assert not any(row[1] == "related" for row in rows), rows


def test_call_without_a_pejorative_complement_is_no_accusation(extract):
    rows = edge_rows(extract("House Speaker Nancy Pelosi called President Donald Trump on Monday."))
    assert not any(row[1] == "accuse" for row in rows)


MODALITY = [
    # a threat to end something is still a threat made
    ("Donald Trump, who had threatened to halt trade talks with Thailand unless they stopped "
     "fighting, signed deals.", ("Donald Trump", "threaten", "Thailand", False)),
    # a threat named by a noun with the act after it
    ("President Donald Trump repeated his threat to fire Jerome Powell.",
     ("Donald Trump", "threaten", "Jerome Powell", False)),
    ("Russia's threat to invade Ukraine alarmed NATO.", ("Russia", "threaten", "Ukraine", False)),
    ("China threatened to invade Taiwan.", ("China", "threaten", "Taiwan", False)),
]


@pytest.mark.parametrize("text,expected", VOICE)
def test_active_and_passive_voice(extract, text, expected):
    _check(extract, text, expected)


@pytest.mark.parametrize("text,expected", PREPOSITIONS)
def test_prepositional_objects(extract, text, expected):
    _check(extract, text, expected)


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_clauses_inherit_their_subject(extract, text, expected):
    _check(extract, text, expected)


@pytest.mark.parametrize("text,expected", CONJUNCTIONS)
def test_conjunctions_on_either_side(extract, text, expected):
    _check(extract, text, expected)


@pytest.mark.parametrize("text,expected", NOUNS)
def test_nominal_triggers(extract, text, expected):
    _check(extract, text, expected)


@pytest.mark.parametrize("text,expected", ROLES)
def test_roles_from_titles_and_appositions(extract, text, expected):
    _check(extract, text, expected)


@pytest.mark.parametrize("text,expected", NEGATION)
def test_negation_sets_the_flag(extract, text, expected):
    _check(extract, text, expected)


@pytest.mark.parametrize("text,expected", MODALITY)
def test_threatened_action_is_a_threat(extract, text, expected):
    _check(extract, text, expected)


NO_EDGE = [
    # an opinion shared is no agreement with each other; nor is agreeing with a thing
    "Gloria La Riva, Howie Hawkins and Brian Carroll all agreed that vaccines have done more "
    "good than harm.",
    "Pierce called for an end to the War on Drugs, with which Howie Hawkins and Gloria La Riva "
    "somewhat agreed.",
    # calling something unfair to someone is no appeal to them
    "Donald Trump threatened an investigation, calling the fine unfair to American companies.",
    # an indefinite event said to be what could follow has not happened
    "Takaichi said that a Chinese attack on Taiwan could justify a military response.",
    "Any Russian attack on NATO would trigger Article 5.",
    "A meeting between Trump and Putin could take place next week.",
    # a nation's people are not the nation
    "Many Americans criticized Joe Biden.",
    # a trade war, a custody battle, a war of words are fought with no arms
    "China escalated its trade war with the United States.",
    "Gloria Vanderbilt fought a custody battle with Gertrude Whitney.",
    "A war of words between Donald Trump and Elon Musk erupted.",
    # a sea searched for a plane
    "Indonesia searched the Java Sea for the missing plane.",
    # a researcher "with" experience of something named
    "Tristan Smith, a shipping researcher with expert experience interpreting AIS results, "
    "explained it.",
    # a state won in an election is no place captured
    "Former President Donald Trump took Pennsylvania in 2016.",
    # a storm or sanctions that hit something; militias a country backs act for themselves
    "Hurricane Ian hit Florida.",
    "The sanctions hit Russia's economy hard.",
    "Iran-backed militias attacked US bases.",
    # advised against: neither done nor refused (only the warning is an edge, tested below)
    "China cautioned the United States against meeting the Dalai Lama.",
    "Joe Biden said Russia was not to blame.",
    # territory lost is no race lost
    "Ukraine lost territory to Russia.",
    # control of a company is no territory taken
    "Elon Musk took control of Twitter.",
    # a paper's critic writes for it
    "New York Times critic Jane Smith liked the film.",
    # a wrong denied, or a deed that is no wrong, reported
    "Donald Trump said John Bolton did not break the law.",
    "Joe Biden said Donald Trump likes ice cream.",
    # a person registering is no body registered
    "John Smith registered in Florida to vote.",
    # a firing called for is not done; relations with a partner left unnamed are not
    # between the two subjects; a reporter and another person are two people
    "His campaign called for CNN to fire Joe Lockhart.",
    "Like the UAE, Bahrain and Kosovo recognized Israel and opened diplomatic relations with "
    "the nation.",
    "The CNN reporter and Joe Lockhart met.",
    # "the West" is no surname
    "Kanye West spoke on Monday. Then the West met with Russia.",
    # questioning whether is doubting, not investigating; "the nation" names no one here
    "Police questioned whether John Smith was involved.",
    "Like the UAE, Bahrain opened diplomatic relations with the nation.",
    # an account on a service is no membership of it
    "Zara Kay said if you have seen her Twitter, there are threats.",
    # picked up is no appointment; the interviewer's "I" is no one in the graph
    "Raj Seth picked Jaya Rao up from the house.",
    "Gregory Kurtzer spoke.\n\n((Gregory Kurtzer))  Yes.\n\n((WN))  I met with IBM last week. "
    "What did you do?",
    # an office named after its city is not in the city
    "The Paris office in France closed.",
    # pressed not to do something is no deed, done or undone
    "Officials pressured Donald Trump not to commute Rod Blagojevich's sentence.",
    # ahead in the polls is no leadership; a place a series is shot in does not shoot it
    "Joe Biden led Donald Trump in the polls.",
    "Actress Denise Crosby appears in Suits, a Toronto-shot legal series.",
    # taken from a hospital is not working there
    "Police took John Smith from Mercy Hospital to jail.",
    # one unnamed member a deed is done to is not the body
    "Only once before has Congress voted to hold a Cabinet officer in contempt.",
    # finalists for a nomination are no trade
    "At the time, Congresswoman Val Demings and Senator Elizabeth Warren were said to be "
    "finalists for the Democratic vice presidential nomination.",
    # not from a place
    "He is not from Texas, said Roberts.",
    # a student from a country is no student at it
    "Back in 2018, a Pakistani journalism student Mashal Khan was killed by a mob.",
    # cities attacked are not in the attacker's country
    "Russian troops attacked cities such as Kharkiv and Kyiv.",
    # a country or state "in" a time or another country is not located there
    "Texas in the 1990s was different.",
    # charges dropped are no person dropped; a talent agent names no body
    "Prosecutors dropped the charges against Jussie Smollett.",
    "According to his agent, Robert Hunter had undergone surgery.",
    # troops or an embassy "in" a place are not the country's seat
    "US troops are in Syria.",
    "The US embassy is in Jerusalem.",
    # "Biden at the United Nations" is not the UN's
    "Biden at the United Nations said so.",
    "Russian troops approached the rebels.",
    # a party set after a name by the parser is not the person's party
    "One entity whose members challenged Obama's citizenship and now do likewise with Kamala "
    "Harris, the American Independent Party, nominated a ticket.",
    "Backlash from the statement led Joe Biden to express regret.",
    # an armed group has no seat; an organisation serves no one with papers
    "The Kurds were instrumental in our successful fight against ISIS in Syria.",
    "The FBI served Michael Cohen with a subpoena.",
    "Many world leaders, including Emmanuel Macron, attended.",
    # a place's team is not the place
    "The Montreal team, led by Björn Benneke, used data from the NASA's Hubble telescope.",
    "She offered to disrobe if Pakistan defeated India.",
    "The interviewer questioned whether West was running to help President Donald Trump defeat "
    "Joe Biden.",
    "Trump and Maduro were both in the news on Sunday.",
    "The Venezuelan government responded harshly.",
    "Experts on Venezuela argue that the term may refer to corruption.",
    "Six airlines have suspended operations to Venezuela.",
    "Israel denied attacking the hospital.",
    "Reports from The New York Times indicated that rain was likely.",
    # "connect" in the active voice links its object, not its subject
    'The Trump campaign connected the "defund" slogan and lawlessness to Joe Biden.',
    # "in" after a place without a comma or a place word is not location
    "The United States in Iraq faces a new threat, Russia said.",
    # fighting alongside is not attacking
    "The coalition is providing airstrikes with the Royal Saudi Air Force.",
    # "the City of X" is X itself
    "Unlike greater London, the City of Melbourne is divided in 76 areas.",
    # a name inside a longer name is not the owner's person
    "It runs on Red Hat's GNU General Public Licensed operating system.",
    # killed somewhere is not killed by the place
    "He was killed in Syria on Monday.",
    # a national office is not the fronted place's
    "In Germany, President Joe Biden said the talks went well.",
    # a new clause after "According to X,", a country modifying the next noun
    "According to CNN, Turkey has an estimated two million Syrian refugees.",
    "After inquiry from Wikinews, U.S. presidential candidates weighed in.",
    # members elected are not people appointed
    "On Monday, Canada held a general election to select the members of the House of Commons.",
    # a product is not released like a prisoner
    "Red Hat released Red Hat Enterprise Linux as a commercial product.",
    # where an attack happened is not what it hit
    "He was killed last week by a United States military airstrike in Iraq.",
    # joining people on a list is no membership
    "Congresswoman Karen Bass emerged as a contender, joining Senators Kamala Harris and "
    "Elizabeth Warren as potential candidates.",
    # a place before "lawyer" only says where
    "Toronto lawyer Howard Rubel said so.",
    "He criticized the Republicans, Joe Biden said.",
    # papers are released, not their owner; near one place is not inside the next
    "Trump sued to prevent Mazars from releasing his tax returns.",
    "The plane was flying to an airport located near San Diego in El Cajon.",
    "He considered Smith a friend.",
    # a list of places is no chain of them
    "Protests were held in Lyon, Marseille, France and Spain.",
    # a speaker defending someone does not denounce them
    '"Emily Spanton did not lie, she is not a liar," said Sophie Obadia.',
    # a murder denounced is not its victim denounced
    '"Nabil\'s murder is unacceptable," said Sabrina Bennoui.',
    # moving a thing somewhere is not living there; a death confirmed is no nominee's;
    # nothing is asserted in an "if" clause
    "Donald Trump moved the embassy to Jerusalem.",
    "Police confirmed the death of John Smith.",
    "Pedro Pierluisi stated he would leave if the Senate voted against confirming him.",
    # troops are no aid; honouring a country's figures is no praise of the country
    "The United States sent troops to Syria.",
    "Donald Trump announced a park with statues to honor historic US figures.",
    # remains studied from a site
    "Teresa Steele was studying the faunal remains from this site, Abri Peyrony Institute.",
    # a rally's place is not what it protests; a treaty is no party to its own signing
    "Joe Biden had attended Trump's Tulsa rally in June.",
    # a verb the parser made a modifier of a title is no part of the title
    "The Senate confirmed judge Barrett to the Supreme Court on Monday.",
    # a nomination received is no one hosted
    "Brian Carroll received the Solidarity Party's presidential nomination in 2019.",
    # a university is no governing body of its town
    "The University of Cambridge hosted a program in Cambridge.",
    # the one denied, the one supported and the one whose role is told are not blamed
    "Smith said Russia was not behind the hack.",
    "Jones said the party was behind him.",
    "Jones said Microsoft was the perpetrator's employer.",
    # a nickname after "the" says nothing of where one is from; a "message" sent by a test
    'Qandeel Baloch, nicknamed the "Kim Kardashian of Pakistan," had many followers.',
    "Iran's missile test sent a message to the United States.",
    # signing a bill with someone is no membership
    "Donald Trump signed the bill with Congress.",
    # a question asked about someone is no request of them
    "Nancy Pelosi asked whether Donald Trump knew.",
    "Trump repeatedly asked why Joe Biden did not already implement the policies.",
]


@pytest.mark.parametrize("text,wrong", WRONG)
def test_edges_that_must_not_be_read(extract, text, wrong):
    rows = edge_rows(extract(text))
    assert wrong not in rows, f"{wrong} in {rows}"


@pytest.mark.parametrize("text", NO_EDGE)
def test_sentences_that_must_produce_no_edge(extract, text):
    assert edge_rows(extract(text)) == set()


def test_no_threat_edge_when_threatened_action_is_the_attack(extract):
    rows = edge_rows(extract("China threatened to invade Taiwan."))
    assert ("China", "attack", "Taiwan", False) not in rows


def test_hedged_and_attributed(extract):
    extraction = extract("The Times reported that Israel allegedly bombed Lebanon.")
    attack = [r for r in extraction.relations if r.category == "attack"]
    assert attack and attack[0].hedged
    assert attack[0].attributed_to == "the-times" or attack[0].attributed_to.endswith("times")


def test_evidence_carries_sentence_and_offsets(extract):
    text = "Nothing happened. France condemned Russia."
    extraction = extract(text, doc_id="d9")
    relation = extraction.relations[0]
    assert relation.evidence.doc_id == "d9"
    assert relation.evidence.sentence == "France condemned Russia."
    assert text[relation.evidence.start:relation.evidence.end].strip() == "France condemned Russia."


def test_coordinated_noun_that_starts_a_clause_is_not_an_object(extract):
    text = "The statement also said US troops had defeated ISIS and Turkey would be moving north."
    assert ("United States", "related", "Turkey", False) not in edge_rows(extract(text))


def test_what_one_is_called_on_to_do_is_only_asked_for(extract):
    rows = edge_rows(extract("Trump called on Fox News to fire Jennifer Griffin."))
    assert ("Trump", "appeal", "Fox News", False) in rows, rows
    assert not any(row[1] == "coerce" for row in rows), rows


def test_kin_of_the_same_surname_own_the_role(extract):
    rows = edge_rows(extract("Trump asked Zelensky to investigate Joe Biden and his son, Hunter Biden."))
    assert ("Hunter Biden", "related", "Joe Biden", False) in rows, rows
    assert not any(row[0] == "Hunter Biden" and row[2] == "Trump" for row in rows), rows


def test_predictions_are_hedged(extract):
    relations = extract("Knapp predicts former Vice President Joe Biden defeats President "
                        "Trump.").relations
    assert relations and all(r.hedged for r in relations), relations


@pytest.mark.parametrize("text", [
    "Javier Milei hoped to work with Jose Antonio Kast.",  # (the lemmatizer's "hop")
    "Javier Milei hopes to work with Jose Antonio Kast.",
    "Donald Trump said he would love to meet Kim Jong Un.",
])
def test_hoped_for_is_hedged(extract, text):
    relations = extract(text).relations
    assert relations and all(r.hedged for r in relations), relations


def test_would_like_to_thank_is_thanks(extract):
    relations = extract("Jo Jorgensen would like to thank Elon Musk.").relations
    assert relations and not any(r.hedged for r in relations), relations


# Sentence, category: every edge of that category is hedged, being only foreseen or alleged.
HEDGED = [
    # talks one is urged to return to
    ("The African Union urged Egypt and Ethiopia to return to talks.", "consult"),
    # what one will do only after waiting for something
    ("Mark Carney said Canada would wait for the ruling before resuming trade talks with the "
     "United States.", "consult"),
    # an agreement under negotiation
    ("Israel is negotiating a security agreement with Damascus.", "cooperate"),
    # what one is accused of
    ("The army has accused the UAE of supplying weapons to the Rapid Support Forces.", "cooperate"),
]


@pytest.mark.parametrize("text,category", HEDGED)
def test_foreseen_or_alleged_edges_are_hedged(extract, text, category):
    relations = [r for r in extract(text).relations if r.category == category]
    assert relations and all(r.hedged for r in relations), relations


def test_nothing_is_asserted_inside_whether(extract):
    rows = edge_rows(extract("Questions surround whether the AIP nominated the ticket to assist "
                             "Donald Trump."))
    assert not any(row[2] == "Donald Trump" for row in rows), rows


def test_the_platform_a_message_is_posted_on_accuses_no_one(extract):
    rows = edge_rows(extract("Mike Pompeo posted a message on Twitter blaming Iran for the attacks."))
    assert not any(row[0] == "Twitter" for row in rows), rows


def test_a_country_after_a_place_noun_does_not_hold_the_place_role(extract):
    rows = edge_rows(extract("A block of flats collapsed in a former rebel-held neighbourhood of "
                             "Aleppo, Syria."))
    assert ("Aleppo", "location", "Syria", False) in rows
    assert ("Syria", "location", "Aleppo", False) not in rows


def test_a_singular_relative_clause_after_a_list_is_about_its_last_name(extract):
    rows = edge_rows(extract("Trump met Putin and Xi, who is the president of China."))
    assert ("Xi", "affiliation", "China", False) in rows
    assert ("Putin", "affiliation", "China", False) not in rows


def test_a_name_between_joined_titles_takes_no_title(extract):
    rows = edge_rows(extract("CNN reporter and former Bill Clinton White House Press Secretary "
                             "Joe Lockhart questioned the visit."))
    assert not any(row[0] == "Bill Clinton" for row in rows), rows


def test_the_object_of_a_non_control_verb_does_not_become_what_the_subject_became(extract):
    rows = edge_rows(extract("Kay Hagan defeated incumbent Republican US Senator Elizabeth "
                             "Dole to become the first female Democratic US Senator."))
    assert ("Kay Hagan", "affiliation", "Democratic Party", False) in rows
    assert ("Elizabeth Dole", "affiliation", "Democratic Party", False) not in rows


def test_a_ruling_appealed_to_a_court_is_brought_before_it(extract):
    relations = {(r.relation, r.category) for r in extract(
        "Google appealed the ruling to the European Court of Justice.").relations}
    assert relations == {("brings case before", "appeal")}, relations


@pytest.mark.parametrize("text, relation", [
    ("Chinese Vice Premier He Lifeng met Scott Bessent.", "vice premier of"),
    ("Ukrainian Deputy Prime Minister Yulia Svyrydenko met Scott Bessent.",
     "deputy prime minister of"),
    ("Deputy Foreign Minister Sergei Ryabkov of Russia spoke.", "deputy foreign minister of"),
    ("Former Libertarian Party Vice Chairman Arvin Vohra spoke.", "vice chairman of"),
    ("Bridget Kelly, then-New Jersey Governor Chris Christie's deputy chief of staff, was "
     "convicted.", "deputy chief of staff of"),
])
def test_a_deputy_is_not_the_office_holder(extract, text, relation):
    relations = {r.relation for r in extract(text).relations if r.category == "affiliation"}
    assert relation in relations and relation.split(" ", 1)[1] not in relations, relations


@pytest.mark.parametrize("text, edge", [
    ("Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart, Olivier "
     "Nduhungirehe, signed the deal.",
     ("Olivier Nduhungirehe", "foreign minister of", "Rwanda")),
    ("Thai Prime Minister Anutin Charnvirakul met his Cambodian counterpart, Hun Manet, in "
     "Kuala Lumpur.", ("Hun Manet", "prime minister of", "Cambodia")),
])
def test_a_counterpart_holds_the_same_office_for_their_country(extract, text, edge):
    extraction = extract(text)
    labels = {e.id: e.label for e in extraction.entities}
    rows = {(labels[r.source], r.relation, labels[r.target]) for r in extraction.relations}
    assert edge in rows, rows


def test_a_counterpart_with_a_title_of_their_own_keeps_it(extract):
    extraction = extract("Treasury Secretary Scott Bessent said he would meet his Chinese "
                         "counterpart, Vice Premier He Lifeng, in Kuala Lumpur.")
    labels = {e.id: e.label for e in extraction.entities}
    rows = {(labels[r.source], r.relation) for r in extraction.relations}
    assert ("He Lifeng", "treasury secretary of") not in rows, rows


def test_collaborating_is_no_signed_agreement(extract):
    relations = {(r.relation, r.category) for r in extract(
        "Robert Hunter collaborated with Mickey Hart and Bruce Hornsby.").relations}
    assert relations == {("cooperates with", "cooperate")}, relations


def test_a_title_with_its_own_of_shares_no_owner(extract):
    rows = edge_rows(extract("The campaign featured former Rhode Island governor Lincoln Chafee "
                             "and Congressman Justin Amash of Michigan."))
    assert ("Justin Amash", "affiliation", "Michigan", False) in rows
    assert not any(r[0] == "Justin Amash" and r[2] == "Rhode Island" for r in rows), rows


def test_the_office_named_before_belongs_to_no_one_named_with_it(extract):
    rows = edge_rows(extract("The mayor of New Orleans, LaToya Cantrell, spoke. Later Mayor "
                             "Mitch Landrieu came."))
    assert ("LaToya Cantrell", "affiliation", "New Orleans", False) in rows
    assert not any(r[0] == "Mitch Landrieu" for r in rows), rows


def test_attending_a_meeting_is_no_study(extract):
    rows = edge_rows(extract("Joe Biden attended the Harvard summit in June."))
    assert not any(r[1] == "affiliation" for r in rows), rows


def test_kin_of_two_parents_listed_after_a_name_are_not_its_kin(extract):
    rows = edge_rows(extract(
        'Don Imus died. The statement read: "Don adored Deirdre and supported Zachary, who met '
        "the Imus family at age 10, eventually becoming a member of the Imus family and Don and "
        "Deirdre's second son\"."))
    assert not any(r[1] == "related" for r in rows), rows


def test_him_after_a_predicate_naming_someone_is_that_someone(extract):
    rows = edge_rows(extract(
        'Michael Bloomberg dropped out. "Three months ago," he said, "I entered the race to '
        "defeat Donald Trump. I've always believed that defeating Donald Trump starts with "
        "uniting behind the candidate with the best shot to do it. After yesterday's vote, it is "
        "clear that candidate is my friend and a great American, Joe Biden. [...] Today I am "
        'glad to endorse him."'))
    assert ("Michael Bloomberg", "cooperate", "Joe Biden", False) in rows, rows
    assert ("Michael Bloomberg", "cooperate", "Donald Trump", False) not in rows, rows


def test_a_purpose_is_hedged_not_asserted(extract):
    extraction = extract("Donald Trump traveled to Hanoi to meet Kim Jong Un.")
    met = [r for r in extraction.relations if r.category == "consult" and r.target != "hanoi"]
    assert met and all(r.hedged for r in met), extraction.relations
    extraction = extract("Donald Trump met Kim Jong Un in Hanoi.")
    assert not any(r.hedged for r in extraction.relations), extraction.relations


def test_a_planned_or_arranged_event_is_hedged_not_asserted(extract):
    extraction = extract("Volker also worked to arrange a meeting between Zelensky and Trump "
                         "himself during President Trump's planned trip to Warsaw, which was "
                         "cancelled.")
    rows = {(r.relation, r.hedged) for r in extraction.relations}
    assert ("visited", True) in rows and ("held talks with", True) in rows, rows
    extraction = extract("Donald Trump's trip to Warsaw went well.")
    assert any(r.relation == "visited" and not r.hedged for r in extraction.relations)


def test_a_body_listed_before_a_countrys_possessive_is_not_the_countrys(extract):
    rows = edge_rows(extract("They have received support from Y-Combinator, and the United "
                             "States' National Science Foundation."))
    assert ("National Science Foundation", "affiliation", "United States", False) in rows
    assert not any(row[0] == "Y-Combinator" for row in rows), rows


def test_a_party_after_who_belongs_to_that_person_only(extract):
    rows = edge_rows(extract(
        "The pundits were: former U.S. Congressman Tom Tancredo, who represented Colorado's 6th "
        "congressional district as a Republican; political blogger Thomas Knapp; and attorney "
        "Ron Gunzburger."))
    assert ("Tom Tancredo", "affiliation", "Republican Party", False) in rows
    assert not any(row[0] in ("Thomas Knapp", "Ron Gunzburger") and row[2] == "Republican Party"
                   for row in rows), rows


def test_a_partys_choice_is_its_nominee_not_an_appointment(extract):
    rows = edge_rows(extract("The Prohibition Party picked anti-alcohol activist Billy Joe "
                             "Parker as Collins's new running mate."))
    assert not any(row[0] == "Prohibition Party" for row in rows), rows


def test_a_name_after_a_list_of_kin_is_not_the_first_ones(extract):
    relations = extract("Kamala Harris moved to Montreal with her mother and sister, Maya "
                        "Harris, at the age of 12.").relations
    assert not any(r.relation == "parent of" for r in relations), relations


def test_a_deed_inside_allegations_is_hedged_not_asserted(extract):
    extraction = extract("Darcy Richardson has not denied allegations his candidacy is meant to "
                         "assist President Donald Trump.")
    aided = [r for r in extraction.relations if r.category == "cooperate"]
    assert aided and all(r.hedged for r in aided), extraction.relations
    extraction = extract("Darcy Richardson helped Donald Trump.")
    assert not any(r.hedged for r in extraction.relations), extraction.relations


def test_the_party_is_the_one_named_last_not_the_one_once_called_a_party(extract):
    rows = edge_rows(extract(
        "The newly created Life and Liberty Party, a libertarian-leaning anti-abortion party, "
        "held its first national convention. The Prohibition Party has ballot access in "
        "Mississippi. Collins was not the Prohibition Party's original 2020 presidential "
        "candidate. In November 2018, the party nominated Bill Bayes for President."))
    assert ("Bill Bayes", "affiliation", "Prohibition Party", False) in rows, rows
    assert ("Bill Bayes", "affiliation", "Life and Liberty Party", False) not in rows, rows


@pytest.mark.parametrize("text,person,party,label", [
    ("Prohibition Party of Illinois chairman Phil Collins spoke.", "Phil Collins",
     "Prohibition Party of Illinois", "chairman of"),
    # a committee's chairman is the party's member, not its chairman
    ("Democratic committee chairman Jerrold Nadler spoke.", "Jerrold Nadler", "Democratic Party",
     "member of"),
    ("Elijah Cummings, the Democratic chairman of the House Oversight and Reform Committee, was "
     "68.", "Elijah Cummings", "Democratic Party", "member of"),
])
def test_a_party_office_keeps_its_name(extract, text, person, party, label):
    extraction = extract(text)
    names = {e.id: e.label for e in extraction.entities}
    labels = {r.relation for r in extraction.relations
              if names[r.source] == person and names[r.target] == party}
    assert labels == {label}


def test_a_plural_title_belongs_to_the_names_after_it_not_to_the_list(extract):
    extraction = extract("They destroyed statues of Christopher Columbus, US presidents George "
                         "Washington and Ulysses S. Grant, and abolitionist Matthias Baldwin.")
    names = {e.id: e.label for e in extraction.entities}
    holders = {names[r.source] for r in extraction.relations}
    assert holders == {"George Washington", "Ulysses S. Grant"}


def test_a_role_inside_a_groups_name_is_not_the_groups(extract):
    extraction = extract("On the day of the funeral, the co-chair of Black Voices for Trump and "
                         "2012 presidential candidate, Herman Cain, died.")
    names = {e.id: e.label for e in extraction.entities}
    assert {(names[r.source], r.relation, names[r.target]) for r in extraction.relations} == {
        ("Herman Cain", "chair of", "Black Voices for Trump")}


def test_an_invasion_condemned_is_not_its_victim_condemned(extract):
    extraction = extract("NATO condemned the Russian invasion of Ukraine.")
    names = {e.id: e.label for e in extraction.entities}
    assert ("NATO", "accuse", "Ukraine") not in {
        (names[r.source], r.category, names[r.target]) for r in extraction.relations}


def test_a_quotation_named_with_its_speaker_is_not_the_last_sentences_speaker(extract):
    rows = edge_rows(extract('John Smith revealed the plan. "I met Jones," said Mary Brown.'))
    assert ("Mary Brown", "consult", "Jones", False) in rows
    assert not any(row[0] == "John Smith" for row in rows), rows


def test_an_in_law_is_labelled_as_one(extract):
    rows = edge_rows(extract("Jared Kushner, the son-in-law of Donald Trump, said so."))
    assert ("Jared Kushner", "related", "Donald Trump", False) in rows
    labels = {r.relation for r in extract(
        "Jared Kushner, the son-in-law of Donald Trump, said so.").relations}
    assert labels == {"son-in-law of"}, labels


def test_the_person_after_a_bodys_title_is_the_one_criticised_not_the_body(extract):
    rows = edge_rows(extract("Donald Trump made critical remarks about National Institute of "
                             "Allergy and Infectious Diseases director Dr. Anthony Fauci."))
    assert ("Donald Trump", "accuse", "Anthony Fauci", False) in rows
    assert not any(row[2] == "National Institute of Allergy and Infectious Diseases"
                   and row[1] == "accuse" for row in rows), rows


def test_a_kin_word_describes_the_name_right_after_it_not_the_next_listed(extract):
    extraction = extract("President Donald Trump, his wife Melania, and son Barron tested "
                         "positive for COVID-19.")
    names = {e.id: e.label for e in extraction.entities}
    labelled = {(names[r.source], r.relation, names[r.target]) for r in extraction.relations}
    assert ("Melania", "spouse of", "Donald Trump") in labelled
    assert ("Barron", "spouse of", "Donald Trump") not in labelled


def test_a_counted_nationality_is_people_not_the_state(extract):
    rows = edge_rows(extract("In a statement, Bernie Sanders said to Joe Biden: \"Today, I am "
                             "asking all Americans to come together in this campaign.\""))
    assert not any(row[2] == "United States" for row in rows), rows
    rows = edge_rows(extract("The Americans attacked Iraq in 2003."))
    assert ("United States", "attack", "Iraq", False) in rows


def test_attacking_a_decision_is_no_armed_attack(extract):
    rows = edge_rows(extract("Recep Tayyip Erdogan attacked Donald Trump's latest decision."))
    assert ("Recep Tayyip Erdogan", "accuse", "Donald Trump", False) in rows
    assert not any(row[1] == "attack" for row in rows)


def test_a_wrong_reported_names_only_its_own_doer(extract):
    rows = edge_rows(extract('Donald Trump said John Bolton broke the law and "likes dropping '
                             'bombs."  Democrats expressed dissatisfaction with Bolton.'))
    assert ("Donald Trump", "accuse", "John Bolton", False) in rows
    assert not any(row[:3] == ("Donald Trump", "accuse", "Democratic Party") for row in rows)


def test_a_relative_clause_acts_for_the_names_before_it(extract):
    # names the parser joined to a relative clause's antecedent after the clause are not
    # the clause's subject
    rows = edge_rows(extract(
        "The American Independent Party (AIP), the same party that nominated the late Alabama "
        "Governor George Wallace for president in 1968 and future president Donald Trump in "
        "2016, nominated a candidate with center left views for its 2020 presidential ticket."))
    assert not any(row[0] == "Donald Trump" and row[2] == "George Wallace" for row in rows)
    rows = edge_rows(extract(
        "The pundits were: former U.S. Congressman Tom Tancredo, who represented Colorado's "
        "6th congressional district as a Republican; political blogger Thomas Knapp, who "
        "founded the Boston Tea Party; and attorney Ron Gunzburger, founder and publisher of "
        "the elections website Politics1.com."))
    assert ("Thomas Knapp", "affiliation", "Boston Tea Party", False) in rows
    assert ("Ron Gunzburger", "affiliation", "Boston Tea Party", False) not in rows


@pytest.mark.parametrize("text,source,target", [
    ("Morocco severed diplomatic relations with Iran.", "Morocco", "Iran"),
    ("The United States cut aid to Ukraine.", "United States", "Ukraine"),
])
def test_a_tie_ended_is_no_cooperation(extract, text, source, target):
    rows = edge_rows(extract(text))
    assert (source, "coerce", target, False) in rows
    assert not any(row[1] == "cooperate" for row in rows)


def test_a_side_struck_in_a_country_is_the_target_not_the_country(extract):
    rows = edge_rows(extract("The United States bombed ISIS positions in Iraq."))
    assert ("United States", "attack", "Iraq", False) not in rows


def test_a_word_of_a_name_is_no_event(extract):
    rows = edge_rows(extract("Marine Le Pen leads the National Rally."))
    assert rows == {("Marine Le Pen", "affiliation", "National Rally", False)}


@pytest.mark.parametrize("text,label", [
    ("Viktor Orbán, Hungary's prime minister, opposed the sanctions.", "prime minister of"),
    ("Carrie Lam, Hong Kong's chief executive, spoke.", "chief executive of"),
    ("Mark Rutte, the outgoing Dutch prime minister, spoke.", "prime minister of"),
    ("The party picked activist Billy Joe Parker as Collins's new running mate.",
     "running mate of"),
])
def test_a_role_in_apposition_keeps_its_adjective(extract, text, label):
    assert label in {r.relation for r in extract(text).relations}


def test_a_plan_is_hedged_and_a_condition_asserts_nothing(extract):
    relations = extract("Donald Trump's decision to meet Kim Jong Un surprised Seoul.").relations
    assert relations and all(r.hedged for r in relations if r.category == "consult")
    rows = edge_rows(extract('Tanya Chan said: "I urge Carrie Lam, if she can not govern Hong '
                             'Kong, and has no determination to govern Hong Kong, to step down."'))
    assert not any(row[0] == "Carrie Lam" and row[2] == "Hong Kong" and row[3] for row in rows)


def test_an_opposition_leader_does_not_lead_the_country(extract):
    relations = extract("Today, Russian opposition leader Alexei Navalny was airlifted to "
                        "Berlin.").relations
    assert {r.relation for r in relations if r.category == "affiliation"} == {
        "opposition leader in"}


# An exchange of fire or accusations is done by each side to the other; a threatened one
# only by the side that threatens.
@pytest.mark.parametrize("text, a, b, category", [
    ("India and Pakistan traded fire along the Line of Control.", "India", "Pakistan", "attack"),
    ("Hamas fighters exchanged fire with Israeli troops.", "Hamas", "Israel", "attack"),
    ("Armenia and Azerbaijan traded accusations of shelling.", "Armenia", "Azerbaijan", "accuse"),
])
def test_a_mutual_hostile_act_goes_both_ways(extract, text, a, b, category):
    rows = edge_rows(extract(text))
    assert {(a, category, b, False), (b, category, a, False)} <= rows, rows


def test_a_threatened_exchange_and_an_agreement_keep_one_edge(extract):
    rows = edge_rows(extract("Hamas fighters threatened to exchange fire with Israeli troops."))
    assert rows == {("Hamas", "threaten", "Israel", False)}, rows
    rows = edge_rows(extract("India and Pakistan signed a ceasefire agreement."))
    assert rows == {("India", "cooperate", "Pakistan", False)}, rows


def test_a_threatened_sanction_is_no_sanction(extract):
    rows = edge_rows(extract("The US threatened sanctions against Turkey."))
    assert rows == {("United States", "threaten", "Turkey", False)}, rows


def test_who_is_warned_against_an_act_does_not_do_it(extract):
    rows = edge_rows(extract("Beijing has warned Washington against selling arms to Taiwan."))
    assert rows == {("Beijing", "threaten", "Washington, D.C.", False)}, rows


@pytest.mark.parametrize("text", [
    "Biden promised to lift sanctions on Cuba.",
    "Japan pledged to support Ukraine.",
    # what must or should be done, or has to be
    "Macron said France must support Ukraine.",
    "Britain should impose sanctions on Russia, Starmer said.",
    "Germany needs to support Ukraine, Scholz said.",
    'Michelle Obama said: "We have got to vote for Joe Biden."',
    # what can be done; in prospect only; neither confirmed nor denied
    "Iran can attack Israel at any time.",
    "Erdogan is unlikely to meet Assad.",
    "President Joe Biden is set to meet Xi Jinping.",
    "Israel neither confirmed nor denied attacking Iran.",
])
def test_a_promise_or_an_obligation_is_hedged(extract, text):
    relations = extract(text).relations
    assert relations and all(r.hedged for r in relations), relations


@pytest.mark.parametrize("text, expected", [
    ("Qatar and Egypt have been mediating between Israel and Hamas.",
     {("Qatar", "consult", "Israel", False), ("Qatar", "consult", "Hamas", False),
      ("Egypt", "consult", "Israel", False), ("Egypt", "consult", "Hamas", False)}),
    ("Norway mediated talks between Colombia and the FARC.",
     {("Norway", "consult", "Colombia", False), ("Norway", "consult", "FARC", False),
      ("Colombia", "consult", "FARC", False)}),
    ("China brokered a deal between Saudi Arabia and Iran.",
     {("China", "consult", "Saudi Arabia", False), ("China", "consult", "Iran", False),
      ("Saudi Arabia", "cooperate", "Iran", False)}),
    # a deal brokered "with" someone is the broker's own; one brokered by no one named
    # has no mediator
    ("China brokered a deal with Iran.", {("China", "cooperate", "Iran", False)}),
    ("The deal brokered between Israel and Bahrain took effect.",
     {("Israel", "cooperate", "Bahrain", False)}),
])
def test_a_mediator_deals_with_each_side(extract, text, expected):
    assert edge_rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sudan's army and the Rapid Support Forces clashed in Khartoum.",
     {("Sudan", "attack", "Rapid Support Forces", False),
      ("Rapid Support Forces", "attack", "Sudan", False)}),
    ("Afghan forces fought with the Taliban in Helmand.",
     {("Afghanistan", "attack", "Taliban", False), ("Taliban", "attack", "Afghanistan", False)}),
    ("Israel fought Hezbollah in 2006.", {("Israel", "attack", "Hezbollah", False)}),
    # people fight for nominations, not each other
    ("Senator Bernie Sanders and former Vice President Joe Biden fought for the Democratic "
     "nomination.", set()),
])
def test_sides_that_clash_fight_each_other(extract, text, expected):
    assert {row for row in edge_rows(extract(text)) if row[1] != "affiliation"} == expected


# A name "of" a place: the title next to the name is the one the place owns; a title
# with its own owner before the name leaves the place represented (or the person's own).
@pytest.mark.parametrize("text, person, label, place", [
    ("AU chairperson President Abdel Fattah el-Sisi of Egypt spoke.", "Abdel Fattah el-Sisi",
     "president of", "Egypt"),
    ("Democratic committee chairman Jerrold Nadler of New York spoke.", "Jerrold Nadler",
     "represents", "New York"),
    ("Senate Majority Leader Mitch McConnell of Kentucky spoke.", "Mitch McConnell",
     "represents", "Kentucky"),
    ("Senator Bernie Sanders of Vermont spoke.", "Bernie Sanders", "senator of", "Vermont"),
    ("Vice President Mike Pence of Indiana spoke.", "Mike Pence", "vice president of",
     "Indiana"),
    ("Unity Party presidential nominee Bill Hammons of Colorado spoke.", "Bill Hammons", "from",
     "Colorado"),
    # a role no place holds
    ("Professor Jo Jorgensen of South Carolina answered some questions.", "Jo Jorgensen", "from",
     "South Carolina"),
    ("Professor Jo Jorgensen of Clemson University answered some questions.", "Jo Jorgensen",
     "professor at", "Clemson University"),
])
def test_the_place_after_a_titled_name(extract, text, person, label, place):
    extraction = extract(text)
    names = {e.id: e.label for e in extraction.entities}
    found = {(names[r.source], r.relation, names[r.target]) for r in extraction.relations}
    assert (person, label, place) in found, found


def test_a_welcomed_decision_is_no_visit(extract):
    rows = edge_rows(extract("The European Union welcomed Iran's decision."))
    assert rows == {("European Union", "cooperate", "Iran", False)}, rows


def test_a_raid_is_no_arrest(extract):
    relations = extract("The FBI raided the home of former Trump adviser John Bolton.").relations
    assert "raids" in {r.relation for r in relations}
    assert "arrests" not in {r.relation for r in relations}


def test_a_deals_broker_is_no_party_to_it(extract):
    rows = edge_rows(extract("Israel and Hamas signed a deal brokered by Egypt."))
    assert ("Israel", "cooperate", "Hamas", False) in rows
    assert ("Egypt", "consult", "Israel", False) in rows
    assert not [r for r in rows if r[1] == "cooperate" and "Egypt" in (r[0], r[2])], rows


def test_what_is_demanded_is_asked_not_done(extract):
    rows = edge_rows(extract("Donald Trump demanded that the Justice Department prosecute "
                             "James Comey."))
    assert ("Donald Trump", "appeal", "Department of Justice", False) in rows
    assert not [r for r in rows if r[2] == "James Comey"], rows


@pytest.mark.parametrize("text, wrong", [
    # goods bought from a country are no company acquired
    ("The United States accuses Moscow of buying North Korean artillery shells.",
     ("Moscow", "related", "North Korea", False)),
    # an advisor for a person is not that person
    ("A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court.",
     ("U.S. Federal Court", "coerce", "Donald Trump", False)),
])
def test_a_thing_or_person_of_someone_is_not_them(extract, text, wrong):
    assert wrong not in edge_rows(extract(text))


def test_another_partys_decision_rejected_is_not_the_rejecters(extract):
    rows = edge_rows(extract("Venezuela's government on Saturday rejected a U.S. decision to "
                             "designate the Cartel de los Soles as a foreign terrorist organization."))
    assert not [r for r in rows if r[0] == "Venezuela" and r[1] == "coerce"], rows


def test_which_after_an_object_is_not_taken_for_that_object(extract):
    text = (
        "Iran suspended its cooperation with the International Atomic Energy Agency on "
        "Wednesday, a week after Israeli and American strikes on its nuclear facilities. The "
        "Iranian parliament passed a law requiring the approval of the Supreme National "
        "Security Council for any future inspections.\n"
        "IAEA Director General Rafael Grossi said the decision was \"deeply concerning\" and "
        "urged Tehran to allow inspectors back. Iran's Foreign Minister Abbas Araghchi "
        "accused Grossi of paving the way for the attacks by issuing a biased report.\n"
        "Britain, France and Germany later triggered the snapback mechanism to reimpose "
        "United Nations sanctions on Iran, which Russia and China opposed. Araghchi warned "
        "that Iran would withdraw from the Nuclear Non-Proliferation Treaty if the European "
        "countries went ahead.")
    assert ("Russia", "reject", "Iran", False) not in edge_rows(extract(text))


def test_a_committee_chair_is_not_the_parliaments_leader(extract):
    result = extract("The European Parliament has delayed a vote. Bernd Lange, who chairs the "
                     "parliament's trade committee, accused the Trump administration.")
    labels = labels_of(result)
    relations = {(labels[r.source], r.relation, labels[r.target]) for r in result.relations}
    assert ("Bernd Lange", "chairs a committee of", "European Parliament") in relations
    assert ("Bernd Lange", "leads", "European Parliament") not in relations
