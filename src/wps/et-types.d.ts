/**
 * The ET (WPS 表格) object model's declarations from et-jsapi-declare: it declares only globals
 * (namespace `Et`, the `Application` / `wps` roots and `Window.Application`), so it is referenced here
 * once instead of being listed in tsconfig "types".
 */
/// <reference types="et-jsapi-declare" />
