// Structured data for a release page (schema.org NewsArticle). The JSON is
// escaped so no text in a release can close the script element.
type Props = {
  url: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  authorName: string;
  siteName: string;
  imageUrl: string;
};

export function ReleaseJsonLd(props: Props) {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: props.title.slice(0, 110),
    description: props.summary,
    datePublished: props.publishedAt.toISOString(),
    dateModified: props.updatedAt.toISOString(),
    mainEntityOfPage: props.url,
    url: props.url,
    image: [props.imageUrl],
    author: [{ "@type": "Person", name: props.authorName }],
    publisher: { "@type": "Organization", name: props.siteName },
  };
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
