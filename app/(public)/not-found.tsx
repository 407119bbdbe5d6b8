import { NotFoundContent } from "@/components/public/not-found-content";

export default function PublicNotFound() {
  return <NotFoundContent />;
}
