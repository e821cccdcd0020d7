// Every operation of the API by `METHOD /path`. A route under app/api/v1 without an operation
// here fails lib/openapi/document.test.ts.
import type { Operations } from "@/lib/api/operation";
import { attachmentOperations } from "./attachments";
import { counterpartOperations } from "./counterparts";
import { documentOperations } from "./documents";
import { hotlineCallOperations } from "./hotline-calls";
import { labourClaimOperations } from "./labour-claims";
import { meOperations } from "./me";
import { memberOperations } from "./members";
import { organisationOperations } from "./organisations";
import { perpetratorOperations } from "./perpetrators";
import { proceedingOperations } from "./proceedings";
import { reintegrationOperations } from "./reintegration";
import { repatriationOperations } from "./repatriations";
import { shelterOperations } from "./shelters";
import { situationOperations } from "./situations";
import { systemOperations } from "./system";
import { victimOperations } from "./victims";

export const apiOperations = {
  ...systemOperations,
  ...meOperations,
  ...memberOperations,
  ...organisationOperations,
  ...hotlineCallOperations,
  ...victimOperations,
  ...documentOperations,
  ...attachmentOperations,
  ...labourClaimOperations,
  ...proceedingOperations,
  ...shelterOperations,
  ...repatriationOperations,
  ...reintegrationOperations,
  ...situationOperations,
  ...perpetratorOperations,
  ...counterpartOperations,
} satisfies Operations;

export type OperationKey = keyof typeof apiOperations;
