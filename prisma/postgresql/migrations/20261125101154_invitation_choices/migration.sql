-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "isChair" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isPreviousWinner" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "locale" TEXT;
