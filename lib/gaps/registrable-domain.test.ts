import { describe, expect, it } from "vitest";
import { registrableDomain } from "./registrable-domain";

describe("registrableDomain", () => {
  it("counts the subdomains of one site under a multi-part public suffix as one domain", () => {
    expect(registrableDomain("https://www.bbc.co.uk/news/world")).toBe("bbc.co.uk");
    expect(registrableDomain("http://news.bbc.co.uk/2/hi")).toBe("bbc.co.uk");
    expect(registrableDomain("https://www.abc.net.au/")).toBe("abc.net.au");
    expect(registrableDomain("https://www3.nhk.or.jp/nhkworld/")).toBe("nhk.or.jp");
    expect(registrableDomain("https://g1.globo.com.br")).toBe("globo.com.br");
  });

  it("takes the last two labels under a one-part suffix, lower-cased", () => {
    expect(registrableDomain("https://Edition.CNN.com/world")).toBe("cnn.com");
    expect(registrableDomain("https://tass.ru./politics")).toBe("tass.ru");
    expect(registrableDomain("www.irna.ir")).toBe("irna.ir");
    expect(registrableDomain("https://t.co/abc")).toBe("t.co");
  });

  it("keeps authors on a hosting platform apart", () => {
    expect(registrableDomain("https://alice.substack.com/p/x")).toBe("alice.substack.com");
    expect(registrableDomain("https://bob.blogspot.com")).toBe("bob.blogspot.com");
  });

  it("returns addresses and bare suffixes whole, and null for what is not a URL", () => {
    expect(registrableDomain("http://192.168.1.10/report.pdf")).toBe("192.168.1.10");
    expect(registrableDomain("http://[::1]:3000/")).toBe("[::1]");
    expect(registrableDomain("http://co.uk")).toBe("co.uk");
    expect(registrableDomain("http://")).toBeNull();
    expect(registrableDomain("not a url")).toBeNull();
  });
});
