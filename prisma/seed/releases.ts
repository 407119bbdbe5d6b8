// Demo content written for Pressroom, in the manner of an embassy's press page.
// Every name and event here is invented.
export type SeedRelease = {
  at: string; // UTC
  category: string;
  author: string;
  title: string;
  summary: string;
  paragraphs: string[];
  question?: string;
  featured?: boolean;
};

export const RELEASES: SeedRelease[] = [
  {
    at: "2026-11-30T10:00:00Z", category: "press-releases", author: "ambassador", featured: true,
    title: "The Ambassador presents the Embassy's winter programme of cultural and educational events",
    summary: "From December to March the Embassy will host concerts, film evenings, lectures and a language school open day.",
    paragraphs: [
      "On 30 November the Ambassador presented the Embassy's winter programme to representatives of British cultural institutions, universities and the press.",
      "The programme opens on 12 December with a concert of chamber music by young performers from the conservatoires of both countries. In January the Embassy will hold a series of film evenings devoted to the classics of the national cinema, each followed by a discussion with a film historian.",
      "In February a cycle of public lectures on the history of scientific cooperation between our countries will take place in partnership with three British universities. The cycle will close in March with an open day at the Embassy's language school, where visitors can attend trial lessons.",
      "The Ambassador noted that cultural and educational ties remain a bridge between our peoples, and that the Embassy's doors are open to everyone with an interest in our country's language, history and arts.",
      "Admission to all events is free. Registration opens two weeks before each event on the Embassy's website.",
    ],
  },
  {
    at: "2026-11-28T14:30:00Z", category: "media-questions", author: "press-officer",
    title: "Embassy Press Officer's reply to a media question on the processing times for visa applications this winter",
    summary: "The Press Officer explains what applicants can expect from the visa centres during the holiday season.",
    question: "Several readers have written to us that visa appointments in December are hard to find. Will processing times change over the holidays?",
    paragraphs: [
      "Demand for visas traditionally rises before the winter holidays. To meet it, the visa centres in London and Edinburgh will open additional appointment slots on Saturdays from 5 December.",
      "Standard processing times remain unchanged. We advise applicants to apply at least four weeks before their intended journey and to check that their documents are complete, as most delays are caused by missing papers.",
    ],
  },
  {
    at: "2026-11-28T09:15:00Z", category: "events-and-visits", author: "agricultural-attache",
    title: "Agricultural Attaché visits the Royal Agricultural University",
    summary: "The Attaché met faculty members to discuss joint research on soil conservation.",
    paragraphs: [
      "On 27 November the Agricultural Attaché of the Embassy visited the Royal Agricultural University in Cirencester, where he met faculty members to discuss joint research on soil conservation and an exchange of postgraduate students.",
    ],
  },
  {
    at: "2026-11-25T16:00:00Z", category: "press-officer-comments", author: "press-officer",
    title: "Embassy Press Officer's comment on a newspaper article about fishing quotas in the North Atlantic",
    summary: "The Press Officer corrects several figures cited in a recent article.",
    paragraphs: [
      "We have read with attention an article published this week in a national daily about fishing quotas in the North Atlantic. Regrettably, the article repeats figures that do not match the data of the joint fisheries commission.",
      "The total allowable catch agreed for the coming season is 4 per cent lower than last year, not 15 per cent higher, as the article claims. The commission's scientific advice and its decisions are public and can be consulted by any journalist.",
      "We remain ready to provide the press with accurate information and to arrange interviews with the Embassy's specialists on fisheries.",
    ],
  },
  {
    at: "2026-11-24T11:00:00Z", category: "ministry-statements", author: "ministry",
    title: "Foreign Ministry statement on the outcome of the intergovernmental commission on trade",
    summary: "The Ministry welcomes the agreements reached at the commission's twelfth session.",
    paragraphs: [
      "The Ministry of Foreign Affairs welcomes the outcome of the twelfth session of the intergovernmental commission on trade and economic cooperation, held on 20–21 November.",
      "The parties agreed to simplify the procedures for certifying agricultural goods, to resume the working group on transport and logistics, and to hold a business forum in the spring.",
      "The Ministry considers these steps a practical contribution to the prosperity of both nations and thanks the commission's co-chairs for their work.",
    ],
  },
  {
    at: "2026-11-20T13:00:00Z", category: "events-and-visits", author: "cultural-attache",
    title: "Cultural Attaché opens an exhibition of children's book illustration in Manchester",
    summary: "Over a hundred original drawings by illustrators of the past century are on show until January.",
    paragraphs: [
      "On 19 November the Cultural Attaché opened an exhibition of children's book illustration at the Manchester Central Library. Over a hundred original drawings, many shown abroad for the first time, will be on display until 15 January.",
      "The exhibition was organised together with the National Library and is accompanied by reading sessions for families every Saturday.",
    ],
  },
  {
    at: "2026-11-18T10:30:00Z", category: "press-releases", author: "consular-section",
    title: "The Consular Section changes its opening hours for the holiday period",
    summary: "From 21 December to 8 January the Consular Section will receive visitors by appointment only.",
    paragraphs: [
      "From 21 December to 8 January the Consular Section will receive visitors by appointment only. The telephone line for emergencies involving citizens abroad remains open around the clock.",
      "Appointments can be booked through the online system. Citizens whose passports expire in the first quarter of the year are encouraged to apply for renewal before the holidays.",
    ],
  },
  {
    at: "2026-11-16T15:45:00Z", category: "media-questions", author: "press-officer",
    title: "Embassy Press Officer's reply to a media question on the reopening of the direct air service",
    summary: "The Press Officer comments on reports that direct flights between the two capitals may resume.",
    question: "Is there any progress in the talks on resuming direct flights between the two capitals?",
    paragraphs: [
      "The aviation authorities of both countries held consultations in October. Our side has confirmed its readiness to restore the direct air service on the basis of reciprocity as soon as the technical questions are settled.",
      "We hope that the British side will take a constructive approach. A direct service would benefit tourism, business and, above all, families who are divided by distance.",
    ],
  },
  {
    at: "2026-11-12T09:00:00Z", category: "events-and-visits", author: "ambassador",
    title: "The Ambassador lays a wreath at the memorial to the Arctic convoys",
    summary: "A ceremony of remembrance was held with veterans' associations and the Royal Navy.",
    paragraphs: [
      "On 11 November the Ambassador took part in a ceremony of remembrance at the memorial to the Arctic convoys, together with representatives of veterans' associations and the Royal Navy.",
      "In his address the Ambassador recalled the courage of the sailors of the allied nations, who kept the northern sea route open in the hardest years of the Second World War.",
    ],
  },
  {
    at: "2026-11-10T12:00:00Z", category: "press-officer-comments", author: "press-officer",
    title: "Embassy Press Officer's comment on a minister's remarks about student exchanges",
    summary: "The Press Officer welcomes the minister's support for academic mobility.",
    paragraphs: [
      "We have noted the remarks made in Parliament by the Minister for Higher Education about the value of international student exchanges.",
      "We share this view. Last academic year more than two thousand British students studied at our universities, and we would welcome the restoration of the bilateral scholarship programme that was suspended in 2022.",
    ],
  },
  {
    at: "2026-11-05T10:00:00Z", category: "ministry-statements", author: "ministry",
    title: "Foreign Ministry statement on the international conference on Arctic research",
    summary: "The Ministry invites scientists to take part in the conference to be held in the spring.",
    paragraphs: [
      "The Ministry of Foreign Affairs announces that the international conference on Arctic research will take place on 14–16 April. Scientists from fourteen countries have already confirmed their participation.",
      "The conference will discuss the monitoring of sea ice, the protection of the Arctic's ecosystems and the safety of shipping. The Ministry regards scientific cooperation in the Arctic as an area where the interests of all nations coincide.",
    ],
  },
  {
    at: "2026-11-03T14:00:00Z", category: "events-and-visits", author: "cultural-attache",
    title: "Cultural Attaché meets teachers of the national language at British schools",
    summary: "A seminar on teaching methods gathered teachers from twenty schools.",
    paragraphs: [
      "On 2 November the Cultural Attaché hosted a seminar for teachers of the national language at British schools. Teachers from twenty schools discussed new textbooks and the preparation of pupils for examinations.",
    ],
  },
  {
    at: "2026-10-29T11:30:00Z", category: "press-releases", author: "press-officer",
    title: "The Embassy launches a new website for its press releases and news",
    summary: "Every release is now published with a permanent address, a feed and a searchable archive.",
    paragraphs: [
      "The Embassy has launched a new website for its press releases and news. Every release now has a permanent address that can be cited, and the whole archive can be searched and browsed by month and by category.",
      "Journalists can follow the Embassy's releases through RSS, Atom and JSON feeds. The Press Office welcomes feedback on the new site.",
    ],
  },
  {
    at: "2026-10-27T16:30:00Z", category: "media-questions", author: "press-officer",
    title: "Embassy Press Officer's reply to a media question on consular assistance to citizens detained abroad",
    summary: "The Press Officer describes how the Consular Section supports citizens in difficulty.",
    question: "What help can the Embassy give to a citizen who has been detained in the United Kingdom?",
    paragraphs: [
      "When a citizen is detained, the Consular Section seeks access to them as soon as it is notified, makes sure that they have legal representation and that their family is informed if they so wish.",
      "Consular officers cannot interfere in the judicial process of the host country, but they monitor the conditions of detention and respect for the citizen's rights throughout.",
    ],
  },
  {
    at: "2026-10-22T09:45:00Z", category: "events-and-visits", author: "agricultural-attache",
    title: "Agricultural Attaché takes part in a conference on grain trade in London",
    summary: "The Attaché spoke about the outlook for this year's harvest.",
    paragraphs: [
      "On 21 October the Agricultural Attaché took part in the annual conference on the international grain trade held in London. In his speech he spoke about the outlook for this year's harvest and the country's export capacity.",
      "The Attaché held bilateral meetings with representatives of British importers and the association of feed producers.",
    ],
  },
  {
    at: "2026-10-20T13:15:00Z", category: "press-officer-comments", author: "press-officer",
    title: "Embassy Press Officer's comment on the publication of archive documents about the 1941 trade agreement",
    summary: "The Press Officer welcomes the joint publication prepared by the archives of both countries.",
    paragraphs: [
      "We welcome the publication of a volume of archive documents on the trade agreement of 1941, prepared jointly by the national archives of both countries.",
      "The volume shows how, even in the most difficult times, practical cooperation served the common good. We hope that historians and the public will find it of interest.",
    ],
  },
  {
    at: "2026-10-14T10:00:00Z", category: "ministry-statements", author: "ministry",
    title: "Foreign Ministry statement on the safety of citizens travelling abroad in the autumn season",
    summary: "The Ministry reminds travellers to register their trips and to carry health insurance.",
    paragraphs: [
      "The Ministry of Foreign Affairs reminds citizens travelling abroad to register their journeys through the online consular service, to carry valid health insurance and to keep copies of their documents.",
      "In an emergency citizens should contact the nearest embassy or consulate. The contact details of all missions are published on the Ministry's website.",
    ],
  },
  {
    at: "2026-10-09T15:00:00Z", category: "events-and-visits", author: "ambassador",
    title: "The Ambassador visits Edinburgh and meets the leadership of the Scottish Chambers of Commerce",
    summary: "Talks focused on energy, fisheries and the whisky trade.",
    paragraphs: [
      "On 7–8 October the Ambassador visited Edinburgh, where he met the leadership of the Scottish Chambers of Commerce. The talks focused on cooperation in energy, fisheries and the whisky trade.",
      "The Ambassador also visited the University of Edinburgh, which has taught the national language for more than seventy years, and met students of its department of Slavonic studies.",
    ],
  },
  {
    at: "2026-10-06T11:00:00Z", category: "press-releases", author: "consular-section",
    title: "The Consular Section introduces online appointments for notarial services",
    summary: "Citizens can now book appointments for powers of attorney and certified copies online.",
    paragraphs: [
      "From 6 October citizens can book appointments for notarial services — powers of attorney, certified copies and affidavits — through the online appointment system.",
      "The Consular Section asks applicants to prepare draft texts of documents in advance, which shortens the appointment considerably.",
    ],
  },
  {
    at: "2026-09-30T12:30:00Z", category: "media-questions", author: "press-officer",
    title: "Embassy Press Officer's reply to a media question on the return of a museum collection after restoration",
    summary: "The Press Officer confirms that the loaned paintings have returned safely.",
    question: "Have the paintings lent to a British gallery last year been returned after their restoration?",
    paragraphs: [
      "Yes. The twelve paintings lent for last year's exhibition returned to the National Museum in September after restoration in the gallery's workshops, carried out at the gallery's expense.",
      "We are grateful to our British colleagues for their care and professionalism. The museums have already begun to discuss a new joint project.",
    ],
  },
  {
    at: "2026-09-24T10:15:00Z", category: "events-and-visits", author: "cultural-attache",
    title: "Cultural Attaché attends the opening of the academic year at the School of Slavonic Studies",
    summary: "The Attaché congratulated students and presented books to the school's library.",
    paragraphs: [
      "On 23 September the Cultural Attaché attended the opening of the academic year at the School of Slavonic and East European Studies and presented the school's library with a collection of contemporary literature.",
    ],
  },
  {
    at: "2026-09-17T14:45:00Z", category: "press-officer-comments", author: "press-officer",
    title: "Embassy Press Officer's comment on a television report about tourism in the northern regions",
    summary: "The Press Officer thanks the broadcaster for a balanced report and offers further assistance.",
    paragraphs: [
      "We thank the broadcaster for its report on tourism in the northern regions of our country, which gave viewers a fair picture of the region's nature and its hospitality.",
      "The Embassy is ready to help other media that wish to prepare similar reports, including with visas for film crews.",
    ],
  },
  {
    at: "2026-09-10T09:30:00Z", category: "ministry-statements", author: "ministry",
    title: "Foreign Ministry statement on the anniversary of the establishment of diplomatic relations",
    summary: "The Ministry recalls the long history of relations between the two countries.",
    paragraphs: [
      "This month marks another anniversary of the establishment of diplomatic relations between our countries. Over this time our nations have been allies in war, partners in trade and neighbours in science and culture.",
      "The Ministry is convinced that dialogue, respect and attention to each other's interests remain the foundation of lasting relations, and it is open to cooperation wherever it serves both peoples.",
    ],
  },
  {
    at: "2026-09-03T11:00:00Z", category: "events-and-visits", author: "agricultural-attache",
    title: "Agricultural Attaché visits a dairy cooperative in Somerset",
    summary: "The visit concerned cheese-making technology and the training of young farmers.",
    paragraphs: [
      "On 2 September the Agricultural Attaché visited a dairy cooperative in Somerset to learn about its cheese-making technology and its programme for training young farmers.",
    ],
  },
  {
    at: "2026-08-27T13:30:00Z", category: "press-releases", author: "press-officer",
    title: "The Embassy announces a photography competition for students",
    summary: "Students of British universities are invited to submit photographs on the theme of friendship.",
    paragraphs: [
      "The Embassy invites students of British universities to take part in a photography competition on the theme \"Bridges of friendship\". Entries are accepted until 31 October.",
      "The winners will be announced in December, and their works will be exhibited at the Embassy's cultural centre.",
    ],
  },
  {
    at: "2026-08-19T07:18:00Z", category: "media-questions", author: "press-officer",
    title: "Embassy Press Officer's reply to a media question on the summer season for children's camps",
    summary: "The Press Officer explains how British children can take part in international summer camps.",
    question: "Can British children take part in the international summer camps on the Black Sea coast?",
    paragraphs: [
      "Yes. The international children's centre accepts participants from abroad every summer. Applications for next summer open in February through the centre's website.",
      "The Consular Section issues visas for participants free of charge on presentation of the centre's invitation.",
    ],
  },
  {
    at: "2026-08-12T10:00:00Z", category: "press-officer-comments", author: "press-officer",
    title: "Embassy Press Officer's comment on a magazine article about the history of the Embassy building",
    summary: "The Press Officer adds some details to the magazine's account of the building's history.",
    paragraphs: [
      "We read with pleasure a magazine article on the history of the Embassy's building in Kensington. We would add only that the building's restoration in the 1990s was carried out by British craftsmen, whose skill we still admire today.",
    ],
  },
  {
    at: "2026-08-05T09:00:00Z", category: "ministry-statements", author: "ministry",
    title: "Foreign Ministry statement on humanitarian assistance to the regions affected by summer floods",
    summary: "The Ministry thanks the countries and organisations that offered help.",
    paragraphs: [
      "The Ministry of Foreign Affairs expresses its gratitude to the governments, international organisations and private donors who offered assistance to the regions affected by the July floods.",
      "Reconstruction of housing and infrastructure is under way. The Ministry will continue to inform the public about the progress of the relief effort.",
    ],
  },
  {
    at: "2026-07-29T15:30:00Z", category: "events-and-visits", author: "ambassador",
    title: "The Ambassador attends a reception in honour of the navy day",
    summary: "Naval attachés of several countries attended the reception at the Embassy.",
    paragraphs: [
      "On 26 July the Ambassador hosted a reception in honour of the navy day, attended by naval attachés of several countries and by British naval historians.",
    ],
  },
  {
    at: "2026-07-22T11:45:00Z", category: "press-releases", author: "consular-section",
    title: "The Consular Section reminds voters living abroad of registration deadlines",
    summary: "Citizens living in the United Kingdom can register to vote at the Embassy until 15 August.",
    paragraphs: [
      "The Consular Section reminds citizens living permanently or temporarily in the United Kingdom that they can register to vote at the polling station in the Embassy until 15 August.",
      "Registration requires a valid passport. Polling stations will also open in Edinburgh and Manchester.",
    ],
  },
  {
    at: "2026-07-15T10:30:00Z", category: "press-officer-comments", author: "press-officer",
    title: "Embassy Press Officer's comment on a report about the cost of visas for British tourists",
    summary: "The Press Officer sets out the actual consular fees.",
    paragraphs: [
      "A report published yesterday overstates the cost of a tourist visa for British citizens. The consular fee for a single-entry tourist visa remains unchanged this year; service charges of the visa centres are listed on their websites.",
      "We ask journalists to check such figures with the Embassy before publication. The Press Office answers enquiries on working days.",
    ],
  },
  {
    at: "2026-07-08T09:15:00Z", category: "events-and-visits", author: "cultural-attache",
    title: "Cultural Attaché visits the summer festival of folk music in Cambridge",
    summary: "An ensemble from the Embassy's cultural centre performed at the festival.",
    paragraphs: [
      "On 5 July the Cultural Attaché visited the summer festival of folk music in Cambridge, where an ensemble from the Embassy's cultural centre performed traditional songs of the northern regions.",
    ],
  },
  {
    at: "2026-07-01T12:00:00Z", category: "media-questions", author: "press-officer",
    title: "Embassy Press Officer's reply to a media question on the recognition of university diplomas",
    summary: "The Press Officer explains the procedure for recognising British degrees.",
    question: "How can a British graduate have their degree recognised in order to work in your country?",
    paragraphs: [
      "Degrees from most British universities are recognised under a simplified procedure: the graduate submits the diploma with an apostille and a certified translation to the national recognition centre.",
      "The procedure takes up to forty-five days. The Embassy's Culture and Education Section can advise on the documents required.",
    ],
  },
];
