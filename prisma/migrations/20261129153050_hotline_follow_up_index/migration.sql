-- CreateIndex
CREATE INDEX "hotline_calls_follow_up_of_id_idx" ON "hotline_calls"("follow_up_of_id");
