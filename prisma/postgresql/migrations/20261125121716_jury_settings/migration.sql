-- AlterTable
ALTER TABLE "Finalist" ADD COLUMN     "notifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "juryBlind" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "juryNormalise" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "juryScoresVisibility" TEXT NOT NULL DEFAULT 'after_own',
ADD COLUMN     "transparencyPublic" BOOLEAN NOT NULL DEFAULT false;

