-- AlterTable
ALTER TABLE "NomineeConsent" ADD COLUMN "guardianTokenHash" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nominationId" TEXT,
    "uploadTokenHash" TEXT,
    "questionId" TEXT,
    "kind" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attachment" ("createdAt", "height", "id", "kind", "mimeType", "nominationId", "questionId", "sha256", "sizeBytes", "storageKey", "width") SELECT "createdAt", "height", "id", "kind", "mimeType", "nominationId", "questionId", "sha256", "sizeBytes", "storageKey", "width" FROM "Attachment";
DROP TABLE "Attachment";
ALTER TABLE "new_Attachment" RENAME TO "Attachment";
CREATE UNIQUE INDEX "Attachment_uploadTokenHash_key" ON "Attachment"("uploadTokenHash");
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");
CREATE INDEX "Attachment_nominationId_idx" ON "Attachment"("nominationId");
CREATE INDEX "Attachment_createdAt_idx" ON "Attachment"("createdAt");
CREATE TABLE "new_Nomination" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending_confirmation',
    "nomineeKind" TEXT NOT NULL DEFAULT 'individual',
    "nomineeName" TEXT NOT NULL,
    "nomineeEmail" TEXT,
    "nomineeBirthDate" DATETIME,
    "nomineeDistrict" TEXT,
    "groupName" TEXT,
    "groupSize" INTEGER,
    "groupMemberAges" JSONB,
    "nominatorName" TEXT,
    "nominatorEmail" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "story" TEXT NOT NULL DEFAULT '',
    "manageTokenHash" TEXT,
    "confirmedAt" DATETIME,
    "submittedAt" DATETIME,
    "expiresAt" DATETIME,
    "rejectionReason" TEXT,
    "duplicateOfId" TEXT,
    "anonymisedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Nomination_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Nomination_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Nomination_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Nomination" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Nomination" ("categoryId", "confirmedAt", "createdAt", "duplicateOfId", "expiresAt", "groupName", "groupSize", "id", "kind", "locale", "manageTokenHash", "nominatorEmail", "nominatorName", "nomineeBirthDate", "nomineeDistrict", "nomineeEmail", "nomineeKind", "nomineeName", "programmeId", "rejectionReason", "status", "story", "submittedAt", "updatedAt") SELECT "categoryId", "confirmedAt", "createdAt", "duplicateOfId", "expiresAt", "groupName", "groupSize", "id", "kind", "locale", "manageTokenHash", "nominatorEmail", "nominatorName", "nomineeBirthDate", "nomineeDistrict", "nomineeEmail", "nomineeKind", "nomineeName", "programmeId", "rejectionReason", "status", "story", "submittedAt", "updatedAt" FROM "Nomination";
DROP TABLE "Nomination";
ALTER TABLE "new_Nomination" RENAME TO "Nomination";
CREATE UNIQUE INDEX "Nomination_manageTokenHash_key" ON "Nomination"("manageTokenHash");
CREATE INDEX "Nomination_programmeId_status_idx" ON "Nomination"("programmeId", "status");
CREATE INDEX "Nomination_categoryId_status_idx" ON "Nomination"("categoryId", "status");
CREATE INDEX "Nomination_status_expiresAt_idx" ON "Nomination"("status", "expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "NomineeConsent_guardianTokenHash_key" ON "NomineeConsent"("guardianTokenHash");

