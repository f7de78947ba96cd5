// TypeScript's DOM types predate Trusted Types: register() takes a TrustedScriptURL too.
interface ServiceWorkerContainer {
  register(scriptURL: string | URL | TrustedScriptURL, options?: RegistrationOptions): Promise<ServiceWorkerRegistration>;
}
