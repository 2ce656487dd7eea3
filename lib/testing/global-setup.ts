import type { TestProject } from "vitest/node";
import { createTemplate, dropTemplate, testProvider } from "@/lib/testing/test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const provider = testProvider();
  const template = await createTemplate(provider);
  project.provide("databaseTemplate", template);
  return () => dropTemplate(provider, template);
}
