import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The filter form's target: a store chosen in the picker becomes the path, the rest stays the query. */
export const GET: RequestHandler = ({ url }) => {
  const query = new URLSearchParams(url.searchParams);
  const store = query.get('store') ?? '';
  query.delete('store');
  const rest = query.toString();
  redirect(303, `/store/${/^\d{1,9}$/.test(store) ? store : '1'}${rest === '' ? '' : `?${rest}`}`);
};
