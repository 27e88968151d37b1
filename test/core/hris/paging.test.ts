import fc from 'fast-check';

import { MalformedInputError } from '../../../nodes/core/errors';
import { readPersonioPage } from '../../../nodes/core/hris/paging';

describe('readPersonioPage', () => {
	describe('when more pages follow', () => {
		it('returns the offset after the employees of this page', () => {
			const page = { success: true, data: [{}, {}], metadata: { total_elements: 5, current_page: 0, total_pages: 3 } };
			expect(readPersonioPage(page, { offset: 0 }).nextOffset).toBe(2);
		});
	});

	describe('when the page is the last', () => {
		it.each([
			['the metadata says so', { data: [{}], metadata: { total_elements: 5, current_page: 2, total_pages: 3 } }, 4],
			['every element has been read', { data: [{}, {}], metadata: { total_elements: 4 } }, 2],
			['the page is empty', { data: [] }, 10],
		])('returns no next offset when %s', (_name, body, offset) => {
			expect(readPersonioPage(body, { offset }).nextOffset).toBeUndefined();
		});
	});

	describe('when the body is not a page of employees', () => {
		it('throws a MalformedInputError that quotes Personio\'s own error', () => {
			const read = () => readPersonioPage({ success: false, error: { message: 'Invalid token' } }, { offset: 0 });
			expect(read).toThrow(MalformedInputError);
			expect(read).toThrow('Personio answered with an error: Invalid token');
		});
	});

	describe('for any directory and page size', () => {
		it('visits every employee exactly once, even when the server serves fewer per page than asked', () => {
			fc.assert(
				fc.property(fc.nat(450), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (total, asked, served) => {
					// A stand-in server: serves min(asked, served) employees from the offset, with Personio's metadata.
					const perPage = Math.min(asked, served);
					const seen: number[] = [];
					let offset: number | undefined = 0;
					for (let guard = 0; offset !== undefined && guard <= total + 1; guard++) {
						const data = Array.from({ length: Math.max(0, Math.min(perPage, total - offset)) }, (_, i) => offset! + i);
						const page = readPersonioPage(
							{ data, metadata: { total_elements: total, current_page: Math.floor(offset / perPage), total_pages: Math.ceil(total / perPage) } },
							{ offset },
						);
						seen.push(...(page.employees as number[]));
						offset = page.nextOffset;
					}
					expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
				}),
			);
		});
	});
});
