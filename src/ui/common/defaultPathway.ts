/** The pathway the app opens on when a link names none (pathway-data/coventry). */
export const DEFAULT_PATHWAY_ID = 'coventry';
