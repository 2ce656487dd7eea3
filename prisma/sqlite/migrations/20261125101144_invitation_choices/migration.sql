-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "categoryId" TEXT,
    "isChair" BOOLEAN NOT NULL DEFAULT false,
    "isPreviousWinner" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "invitedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Invitation" ("acceptedAt", "categoryId", "createdAt", "email", "expiresAt", "id", "invitedById", "programmeId", "role", "tokenHash") SELECT "acceptedAt", "categoryId", "createdAt", "email", "expiresAt", "id", "invitedById", "programmeId", "role", "tokenHash" FROM "Invitation";
DROP TABLE "Invitation";
ALTER TABLE "new_Invitation" RENAME TO "Invitation";
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");
CREATE INDEX "Invitation_programmeId_idx" ON "Invitation"("programmeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
