import { feedResponse } from "@/lib/server/feeds/build-feed";

export async function GET(request: Request): Promise<Response> {
  return feedResponse("atom", request);
}
