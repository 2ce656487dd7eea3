-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "uploadTokenHash" TEXT,
ALTER COLUMN "nominationId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "anonymisedAt" TIMESTAMP(3),
ADD COLUMN     "groupMemberAges" JSONB,
ALTER COLUMN "status" SET DEFAULT 'pending_confirmation';

-- AlterTable
ALTER TABLE "NomineeConsent" ADD COLUMN     "guardianTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_uploadTokenHash_key" ON "Attachment"("uploadTokenHash");

-- CreateIndex
CREATE INDEX "Attachment_nominationId_idx" ON "Attachment"("nominationId");

-- CreateIndex
CREATE INDEX "Attachment_createdAt_idx" ON "Attachment"("createdAt");

-- CreateIndex
CREATE INDEX "Nomination_status_expiresAt_idx" ON "Nomination"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "NomineeConsent_guardianTokenHash_key" ON "NomineeConsent"("guardianTokenHash");

