/**
 * Placeholders in header values and expectations, because ports are chosen at run time:
 * `{page}` is the page's origin, `{target}` the target's origin, `{origin:NAME}` any named origin.
 */
import { type OriginName } from '../origins/names.js';
export interface TemplateContext {
    page: string;
    target: string;
    origins: Record<OriginName, string>;
}
export declare function findTemplateError(value: string): string | undefined;
export declare function resolveTemplate(value: string, context: TemplateContext): string;
