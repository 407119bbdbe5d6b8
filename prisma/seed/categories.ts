export const CATEGORIES = [
  { slug: "press-releases", name: "Press releases", description: "Announcements from the Embassy.", sortOrder: 1 },
  { slug: "press-officer-comments", name: "Comments of the Press Officer", description: "The Embassy Press Officer's comments on statements and publications.", sortOrder: 2 },
  { slug: "media-questions", name: "Replies to media questions", description: "Answers to questions put to the Embassy by journalists.", sortOrder: 3 },
  { slug: "ministry-statements", name: "Foreign Ministry statements", description: "Statements of the Ministry of Foreign Affairs, published by the Embassy.", sortOrder: 4 },
  { slug: "events-and-visits", name: "Events and visits", description: "News of the mission's visits, meetings and events.", sortOrder: 5 },
] as const;

export const AUTHORS = [
  { slug: "press-officer", name: "Embassy Press Officer", title: "Press Office", sortOrder: 1 },
  { slug: "ministry", name: "Ministry of Foreign Affairs", title: "Information and Press Department", sortOrder: 2 },
  { slug: "ambassador", name: "The Ambassador", title: "Ambassador Extraordinary and Plenipotentiary", sortOrder: 3 },
  { slug: "agricultural-attache", name: "Agricultural Attaché", title: "Trade and Agriculture Section", sortOrder: 4 },
  { slug: "cultural-attache", name: "Cultural Attaché", title: "Culture and Education Section", sortOrder: 5 },
  { slug: "consular-section", name: "Consular Section", title: "Consular Section of the Embassy", sortOrder: 6 },
] as const;
