-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" DATETIME,
    "image" TEXT,
    "passwordHash" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "userAgent" TEXT,
    CONSTRAINT "StaffSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "categoryId" TEXT,
    "isChair" BOOLEAN NOT NULL DEFAULT false,
    "isPreviousWinner" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Membership_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "categoryId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "invitedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Programme" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ProgrammePhase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "startsAt" DATETIME,
    "endsAt" DATETIME,
    CONSTRAINT "ProgrammePhase_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "prizeAmountMinor" INTEGER,
    "prizeCurrency" TEXT,
    "prizeDescription" TEXT,
    "winnerCount" INTEGER NOT NULL DEFAULT 1,
    "finalistCount" INTEGER NOT NULL DEFAULT 3,
    "nomineeKind" TEXT NOT NULL DEFAULT 'individual',
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "ageReferenceDate" DATETIME,
    "submissionMode" TEXT NOT NULL DEFAULT 'both',
    "voteAreas" JSONB,
    "scoreScaleMin" INTEGER NOT NULL DEFAULT 1,
    "scoreScaleMax" INTEGER NOT NULL DEFAULT 10,
    "shortlistLockedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Category_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "categoryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "weight" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "Criterion_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FormQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "categoryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "type" TEXT NOT NULL,
    "label" JSONB NOT NULL,
    "help" JSONB,
    "options" JSONB,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "maxLength" INTEGER,
    "visibility" TEXT NOT NULL DEFAULT 'organisers',
    "archivedAt" DATETIME,
    CONSTRAINT "FormQuestion_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "nomineeKind" TEXT NOT NULL DEFAULT 'individual',
    "nomineeName" TEXT NOT NULL,
    "nomineeEmail" TEXT,
    "nomineeBirthDate" DATETIME,
    "nomineeDistrict" TEXT,
    "groupName" TEXT,
    "groupSize" INTEGER,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Nomination_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Nomination_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Nomination_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Nomination" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NominationAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nominationId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    CONSTRAINT "NominationAnswer_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NominationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "FormQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NomineeConsent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nominationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "tokenHash" TEXT,
    "decidedAt" DATETIME,
    "displayName" TEXT NOT NULL DEFAULT 'first_name',
    "chosenName" TEXT,
    "showPhoto" BOOLEAN NOT NULL DEFAULT false,
    "showDistrict" BOOLEAN NOT NULL DEFAULT false,
    "guardianRequired" BOOLEAN NOT NULL DEFAULT false,
    "guardianEmail" TEXT,
    "guardianConfirmedAt" DATETIME,
    CONSTRAINT "NomineeConsent_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nominationId" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nominationId" TEXT NOT NULL,
    "jurorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "declaredById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConflictDeclaration_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConflictDeclaration_jurorId_fkey" FOREIGN KEY ("jurorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nominationId" TEXT NOT NULL,
    "jurorId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "overallNote" TEXT,
    "submittedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreSheet_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSheet_jurorId_fkey" FOREIGN KEY ("jurorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Score" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "comment" TEXT,
    CONSTRAINT "Score_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Score_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Finalist" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "categoryId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "changeReason" TEXT,
    "publicName" TEXT NOT NULL,
    "publicSummary" TEXT NOT NULL DEFAULT '',
    "publicDistrict" TEXT,
    "photoKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Finalist_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Finalist_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Voter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "identityHash" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "district" TEXT,
    "verifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Voter_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "finalistId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL DEFAULT 0,
    "receiptHash" TEXT NOT NULL,
    "castAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "networkPrefix" TEXT,
    "userAgentHash" TEXT,
    "quarantinedAt" DATETIME,
    "quarantineReason" TEXT,
    CONSTRAINT "Ballot_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Ballot_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Ballot_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "Voter" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Ballot_finalistId_fkey" FOREIGN KEY ("finalistId") REFERENCES "Finalist" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "categoryId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "juryScore" REAL,
    "votes" INTEGER,
    "combinedScore" REAL,
    "isWinner" BOOLEAN NOT NULL DEFAULT false,
    "overrideReason" TEXT,
    "confirmedAt" DATETIME,
    "publishedAt" DATETIME,
    CONSTRAINT "Result_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Result_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "programmeId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    CONSTRAINT "AuditEvent_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "StaffSession_userId_idx" ON "StaffSession"("userId");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Membership_programmeId_role_idx" ON "Membership"("programmeId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_programmeId_idx" ON "Invitation"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammePhase_programmeId_phase_key" ON "ProgrammePhase"("programmeId", "phase");

-- CreateIndex
CREATE INDEX "Category_programmeId_position_idx" ON "Category"("programmeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_manageTokenHash_key" ON "Nomination"("manageTokenHash");

-- CreateIndex
CREATE INDEX "Nomination_programmeId_status_idx" ON "Nomination"("programmeId", "status");

-- CreateIndex
CREATE INDEX "Nomination_categoryId_status_idx" ON "Nomination"("categoryId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NominationAnswer_nominationId_questionId_key" ON "NominationAnswer"("nominationId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "NomineeConsent_nominationId_key" ON "NomineeConsent"("nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "NomineeConsent_tokenHash_key" ON "NomineeConsent"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_nominationId_jurorId_key" ON "ConflictDeclaration"("nominationId", "jurorId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_nominationId_jurorId_key" ON "ScoreSheet"("nominationId", "jurorId");

-- CreateIndex
CREATE UNIQUE INDEX "Score_sheetId_criterionId_key" ON "Score"("sheetId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Finalist_nominationId_key" ON "Finalist"("nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "Voter_programmeId_identityHash_key" ON "Voter"("programmeId", "identityHash");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_receiptHash_key" ON "Ballot"("receiptHash");

-- CreateIndex
CREATE INDEX "Ballot_categoryId_castAt_idx" ON "Ballot"("categoryId", "castAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_voterId_categoryId_slot_key" ON "Ballot"("voterId", "categoryId", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "Result_categoryId_nominationId_key" ON "Result"("categoryId", "nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- CreateIndex
CREATE INDEX "AuditEvent_programmeId_createdAt_idx" ON "AuditEvent"("programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_createdAt_idx" ON "OutboxEmail"("createdAt");
