// The site's routes, defined once. Pages, components and links all build URLs here, so a
// route can never be spelt two ways. URLs are permanent: they use ids, never titles.

export const urls = {
  archetypes: () => '/archetypes/',
  archetype: (id: string) => `/archetypes/${id}/`,
  competency: (id: string) => `/competencies/${id}/`,
  domains: () => '/domains/',
  domain: (id: string) => `/domains/${id}/`,
  levels: () => '/levels/',
  level: (id: string) => `/levels/#${id}`,
  recommendations: () => '/recommendations/',
  recommendation: (id: string) => `/recommendations/${id}/`,
  personas: () => '/personas/',
  persona: (id: string) => `/personas/${id}/`,
  matrix: () => '/matrix/',
  browse: () => '/browse/',
  glossary: () => '/glossary/',
  strand: (id: string) => `/strands/${id}/`,
  crosswalk: () => '/capability-framework/',
  syllabi: () => '/syllabi/',
  studyHours: () => '/study-hours/',
} as const;
