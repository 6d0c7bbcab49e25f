import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { AUTH_RULE, AuthRule } from './auth.decorators';

export interface RouteInfo {
  method: string;
  path: string;
  controller: string;
  handler: string;
  rule: AuthRule | undefined;
  /** The controller class, for readers of its other route metadata (the OpenAPI document). */
  controllerType: new (...args: never[]) => unknown;
}

/** Every route the application registered through controllers, with its access rule (if any). */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller?.prototype) continue;
      const prefix: string = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method: RequestMethod = Reflect.getMetadata(METHOD_METADATA, handler);
        const rule: AuthRule | undefined = Reflect.getMetadata(AUTH_RULE, handler) ?? Reflect.getMetadata(AUTH_RULE, controller);
        for (const p of Array.isArray(path) ? path : [path]) {
          routes.push({
            method: RequestMethod[method],
            path: `/${[prefix, p]
              .map((s) => s.replace(/^\/|\/$/g, ''))
              .filter(Boolean)
              .join('/')}`,
            controller: controller.name,
            handler: name,
            rule,
            controllerType: controller,
          });
        }
      }
    }
  }
  return routes;
}
