import { type Dispute, RECORD_SCHEMAS } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/**
 * The paragraphs of the origin article (`origin-article.txt` beside the fact sheet) that the datasets quote,
 * copied verbatim so that the tests do not read files outside the package.
 */
const ORIGIN_ARTICLE_PARAGRAPHS: readonly string[] = [
  'This is not the first time a government has asked BlackBerry for access to its servers. Back on 2010, India also made a similar demand for real-time access to traffic going through BlackBerry’s enterprise and consumer servers.',
  'In that opportunity, BlackBerry and the government reached to a negotiation. The company set up servers in India and reportedly provided the Indian government the ability to track in real-time, but just to certain consumer services such as emails and email attachments as well as whether messages sent over BlackBerry Messenger were delivered and read.',
  '“Pakistan’s demand was not a question of public safety; we are more than happy to assist law enforcement agencies in investigations of criminal activity, rather, Pakistan was essentially demanding unfettered access to all of our BES customers’ information.” Chief Operating Officer Marty Beard said on Monday.',
  'On July, the Pakistan Telecommunications Authority notified carriers that BES servers won’t be allowed to operate in the country alluding to security reasons, but the Canadian company said the authorities had another motive.',
  'BlackBerry will be leaving the country on December 30, which is the deadline lapse given by the government to stop operations. The move would affect approximately 5,000 companies who are BES customers in Pakistan.',
];

/** The cells of the fact sheet (`facts.md`) that hold the words the datasets quote, copied verbatim. */
const FACT_SHEET_CELLS: readonly string[] = [
  '"If a technical solution is not provided by Aug 31, 2010, the government will review the position and take steps to block these two services from the network"',
  '"asking us to ensure that legal intervention capability is put in place for BlackBerry services by 31 August 2010" (Tata Teleservices)',
  '"RIM maintains a consistent global standard for lawful access requirements that does not include special deals for specific countries"',
  '"RIM simply has no ability to read the encrypted information and has no master key or backdoor key to allow access"',
  '"It would be to the benefit of all involved for the government to now issue a directive…"',
  '"They have given us a solution to the Messenger service… We will insist that they give us the solution for the enterprise service too." / Crow: "the keys of that service are with the corporate enterprises"',
  '"this enablement of lawful access does not extend to BlackBerry Enterprise Server" (BlackBerry spokesperson)',
  '"The original 31 August deadline was extended to 31 October."',
  '"The Home Ministry will review the security issue relating to Blackberry services within 60 days, by which time the Department of Telecommunications will submit its report"',
  '"We are not operating under any deadlines…" (RIM)',
  'The RIM line "delivered a solution that enables India\'s wireless carriers to address their lawful access requirements for our consumer messaging services… BBM and BIS email" is confirmed in the 2013 ET article. That it was first used in Jan 2011 is **unverified**.',
  '"In the public interest, we have today informed the providers of telecommunications services in the country of our decision to suspend the BlackBerry services of messenger, email and electronic browsing"',
  '"all Blackberry services in the UAE will continue to operate as normal and no suspension of service will occur on October 11"',
  '"The grace period is about to end and the company has not yet fulfilled the necessary organizational requirements"',
  '"due to the efforts exerted by the mobile phone service providers in order to meet the regulatory demands of the commission"',
  '"In light of the positive developments towards addressing some of the organisational requirements… the commission decided to allow BlackBerry Messenger service to continue"',
  '"PTA has issued directions to local mobile phone operators to close BlackBerry Enterprise Services from Nov. 30 on security reasons" (PTA official)',
  '"remaining in Pakistan would have meant forfeiting our commitment to protect our users\' privacy. That is a compromise we are not willing to make." / "we do not support \'back doors\' granting open access to our customers\' information" (via USA Today)',
  'Announced a full exit (BES and BIS) rather than grant access. The **original** post said "After November 30, BlackBerry will no longer operate in Pakistan."',
  '"There are few users of this service whose number would not be more than 4,000 to 5,000 in Pakistan"',
  '"The level of access is still under discussion … We can extend the deadline and they can continue to work until then." (Shah)',
  '"After productive discussions, the Government of Pakistan has rescinded its shutdown order, and BlackBerry has decided to remain in the Pakistan market." / "…accepting BlackBerry\'s position that we cannot provide the content of our customers\' BES traffic, nor will we provide access to our BES servers."',
  'Reuters, "Blackberry says will continue operations in Pakistan" (31 Dec 2015; "said on Thursday"), http://www.reuters.com/article/pakistan-telecoms-idUSL3N14K2WB20151231 ; BBC, "Blackberry to keep operating in Pakistan", https://www.bbc.co.uk/news/technology-35204922 ; ValueWalk ("on Dec. 31, the next day of the company\'s due date"), https://www.valuewalk.com/2016/01/blackberry-ltd-to-stay-in-pakistan/',
  '"~5,000 BES customer **companies**" (the origin article) is not supported by the primary reports. Sources say **users/customers**: "not more than 4,000 to 5,000" (PTA), "its reported 5,000 Pakistani enterprise users" (The Verge), "less than 5,000" (ProPakistani).',
];

const ORIGIN_ARTICLE_SOURCE = 'mashable-origin';

interface QuotedCitation {
  readonly where: string;
  readonly source: string;
  readonly quote: string;
}

/** Every citation that quotes its source, in every collection that cites sources, across the given disputes. */
function quotedCitations(disputes: readonly Dispute[]): QuotedCitation[] {
  const found: QuotedCitation[] = [];
  for (const dispute of disputes) {
    for (const collection of Object.keys(RECORD_SCHEMAS) as (keyof typeof RECORD_SCHEMAS)[]) {
      for (const record of dispute[collection]) {
        const sources = 'sources' in record && Array.isArray(record.sources) ? record.sources : [];
        for (const citation of sources as readonly { source: string; quote?: string }[]) {
          if (citation.quote === undefined) continue;
          found.push({ where: `${dispute.id}/${record.id}`, source: citation.source, quote: citation.quote });
        }
      }
    }
  }
  return found;
}

describe('the quotes of the shipped datasets', () => {
  const quoted = quotedCitations(datasets);

  it('names the origin article by one source id, published by Mashable, without a URL', () => {
    for (const dispute of datasets) {
      const origin = dispute.sources.filter((source) => source.publisher === 'Mashable');
      expect(
        origin.map((source) => [source.id, source.url]),
        dispute.id,
      ).toEqual(origin.length === 0 ? [] : [[ORIGIN_ARTICLE_SOURCE, undefined]]);
    }
  });

  it('quotes the origin article verbatim wherever a citation names it', () => {
    const fromOrigin = quoted.filter((citation) => citation.source === ORIGIN_ARTICLE_SOURCE);
    expect(fromOrigin.length).toBeGreaterThan(0);
    for (const { where, quote } of fromOrigin) {
      expect(
        ORIGIN_ARTICLE_PARAGRAPHS.some((paragraph) => paragraph.includes(quote)),
        `${where}: ${quote}`,
      ).toBe(true);
    }
  });

  it('quotes every other source in words the fact sheet gives, verbatim', () => {
    const others = quoted.filter((citation) => citation.source !== ORIGIN_ARTICLE_SOURCE);
    expect(others.length).toBeGreaterThan(0);
    for (const { where, quote } of others) {
      expect(
        FACT_SHEET_CELLS.some((cell) => cell.includes(quote)),
        `${where}: ${quote}`,
      ).toBe(true);
    }
  });
});
