// The site's routes, defined once, as paths from the site's root (as authors write links in
// content). Pages link with src/site/urls.ts, which puts them under the base path; exports
// make full addresses of them. URLs are permanent: they use ids, never titles.

export const routes = {
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
  /** The course-mapping page, with archetypes chosen when given (`?a=drivers,users`). */
  courseMapping: (archetypes: readonly string[] = []) =>
    archetypes.length ? `/course-mapping/?a=${archetypes.join(',')}` : '/course-mapping/',
  /** The self-assessment, with archetypes chosen when given (`?a=drivers,users`). */
  selfAssessment: (archetypes: readonly string[] = []) =>
    archetypes.length ? `/self-assessment/?a=${archetypes.join(',')}` : '/self-assessment/',
  /** The course map to fill in for a syllabus, by its slug (`drivers-users`). */
  courseMapTemplate: (slug: string) => `/course-map/template-${slug}.csv`,
  /** What the course-mapping page reads of the framework (src/course-map/framework-data.ts). */
  courseMapData: () => '/course-map/framework-data.json',
} as const;
