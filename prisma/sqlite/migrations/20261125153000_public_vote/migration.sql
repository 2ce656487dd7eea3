-- AlterTable
ALTER TABLE "Voter" ADD COLUMN "emailDomain" TEXT;

-- CreateTable
CREATE TABLE "VoteEmailCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "identityHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VoteEmailCode_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VotingCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "batch" TEXT NOT NULL,
    "usedAt" DATETIME,
    "voterId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VotingCode_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VotingCode_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "Voter" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VoteAllowListEntry" (
    "programmeId" TEXT NOT NULL,
    "identityHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("programmeId", "identityHash"),
    CONSTRAINT "VoteAllowListEntry_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "voteVerification" TEXT NOT NULL DEFAULT 'email',
    "votesPerCategory" INTEGER NOT NULL DEFAULT 1,
    "voteChangeAllowed" BOOLEAN NOT NULL DEFAULT false,
    "staffMayVote" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Programme" ("cadence", "city", "createdAt", "decisionMode", "defaultLocale", "description", "edition", "heroImage", "id", "juryBlind", "juryNormalise", "juryScoresVisibility", "juryWeight", "name", "organiserContact", "organiserName", "phase", "phaseChangedAt", "privacyNotice", "publicWeight", "slug", "timeZone", "transparencyPublic", "updatedAt") SELECT "cadence", "city", "createdAt", "decisionMode", "defaultLocale", "description", "edition", "heroImage", "id", "juryBlind", "juryNormalise", "juryScoresVisibility", "juryWeight", "name", "organiserContact", "organiserName", "phase", "phaseChangedAt", "privacyNotice", "publicWeight", "slug", "timeZone", "transparencyPublic", "updatedAt" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "VoteEmailCode_programmeId_identityHash_createdAt_idx" ON "VoteEmailCode"("programmeId", "identityHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VotingCode_codeHash_key" ON "VotingCode"("codeHash");

-- CreateIndex
CREATE UNIQUE INDEX "VotingCode_voterId_key" ON "VotingCode"("voterId");

-- CreateIndex
CREATE INDEX "VotingCode_programmeId_batch_idx" ON "VotingCode"("programmeId", "batch");

-- CreateIndex
CREATE INDEX "Ballot_programmeId_castAt_idx" ON "Ballot"("programmeId", "castAt");

-- CreateIndex
CREATE INDEX "Ballot_programmeId_networkPrefix_castAt_idx" ON "Ballot"("programmeId", "networkPrefix", "castAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_voterId_finalistId_key" ON "Ballot"("voterId", "finalistId");

