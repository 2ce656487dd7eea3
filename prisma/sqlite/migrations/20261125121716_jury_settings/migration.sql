-- AlterTable
ALTER TABLE "Finalist" ADD COLUMN "notifiedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Programme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "edition" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "organiserName" TEXT NOT NULL,
    "organiserContact" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Berlin',
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "heroImage" TEXT,
    "privacyNotice" TEXT NOT NULL DEFAULT '',
    "decisionMode" TEXT NOT NULL DEFAULT 'jury_only',
    "juryWeight" INTEGER NOT NULL DEFAULT 100,
    "publicWeight" INTEGER NOT NULL DEFAULT 0,
    "cadence" TEXT NOT NULL DEFAULT 'yearly',
    "phase" TEXT NOT NULL DEFAULT 'draft',
    "phaseChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "juryBlind" BOOLEAN NOT NULL DEFAULT false,
    "juryNormalise" BOOLEAN NOT NULL DEFAULT false,
    "juryScoresVisibility" TEXT NOT NULL DEFAULT 'after_own',
    "transparencyPublic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Programme" ("cadence", "city", "createdAt", "decisionMode", "defaultLocale", "description", "edition", "heroImage", "id", "juryWeight", "name", "organiserContact", "organiserName", "phase", "phaseChangedAt", "privacyNotice", "publicWeight", "slug", "timeZone", "updatedAt") SELECT "cadence", "city", "createdAt", "decisionMode", "defaultLocale", "description", "edition", "heroImage", "id", "juryWeight", "name", "organiserContact", "organiserName", "phase", "phaseChangedAt", "privacyNotice", "publicWeight", "slug", "timeZone", "updatedAt" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

