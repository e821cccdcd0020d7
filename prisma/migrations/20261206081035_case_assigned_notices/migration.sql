-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CASE_ASSIGNED';
