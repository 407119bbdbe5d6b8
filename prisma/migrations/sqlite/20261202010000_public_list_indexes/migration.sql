-- DropIndex
DROP INDEX "Release_categoryId_status_publishAt_idx";

-- CreateIndex
CREATE INDEX "Release_publishAt_id_status_idx" ON "Release"("publishAt", "id", "status");

-- CreateIndex
CREATE INDEX "Release_categoryId_publishAt_id_status_idx" ON "Release"("categoryId", "publishAt", "id", "status");

-- CreateIndex
CREATE INDEX "Release_featured_publishAt_id_idx" ON "Release"("featured", "publishAt", "id");

