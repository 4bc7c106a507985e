/** Addresses inside the library page, shared by every UI that links into it. */
export const libraryHref = (route: string): string => `/library.html#${route}`;

export const routes = {
  section: (id: string) => `/section/${id}`,
  note: (id: string) => `/note/${id}`,
  editNote: (id: string) => `/edit/${id}`,
  snippet: (id: string) => `/snippet/${id}`,
  newNote: (attach: { sectionId?: string; pageUrl?: string; stackId?: string } = {}) => {
    const params = new URLSearchParams(
      Object.entries(attach).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    const query = params.toString();
    return query ? `/new?${query}` : '/new';
  },
};
