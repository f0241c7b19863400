export { api } from './api';
export { ApiError, isApiError } from './api-error';
export { unwrap, untilDocumented, type ApiClient, type Documented } from './client';
export type { paths, components, operations } from './schema';
export type * from './types';
