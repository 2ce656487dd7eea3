-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "staffMayVote" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "voteChangeAllowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "voteVerification" TEXT NOT NULL DEFAULT 'email',
ADD COLUMN     "votesPerCategory" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Voter" ADD COLUMN     "emailDomain" TEXT;

-- CreateTable
CREATE TABLE "VoteEmailCode" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "identityHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoteEmailCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VotingCode" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "batch" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "voterId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VotingCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoteAllowListEntry" (
    "programmeId" TEXT NOT NULL,
    "identityHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoteAllowListEntry_pkey" PRIMARY KEY ("programmeId","identityHash")
);

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

-- AddForeignKey
ALTER TABLE "VoteEmailCode" ADD CONSTRAINT "VoteEmailCode_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VotingCode" ADD CONSTRAINT "VotingCode_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VotingCode" ADD CONSTRAINT "VotingCode_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "Voter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteAllowListEntry" ADD CONSTRAINT "VoteAllowListEntry_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

