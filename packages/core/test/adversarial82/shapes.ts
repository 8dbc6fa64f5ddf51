// How wallet, exchange, payment and telephony servers answer on the wire: a token's or NFT's metadata, an
// explorer's verified source, a governance proposal, a Stripe-like object, a call's transcript, an SMS list, so
// each case reads as the real artifact. The addresses are made up; the well-known routers are the real ones.

/** A JSON answer pretty-printed as the servers send it. */
export const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** Made-up addresses: the user's own wallet, a third party's, and a stranger's. */
export const own = '0x5e1A7c3B9d24F0e8a61C7b2D94e3f0A8c6B1d270';
export const friend = '0x9C4b2E71aD03f5B86e2c1D7A40b9E3f15a8C62d4';
export const stranger = '0xD7f03a9E2b6C41e8F5a0b3C97d2E6f14A8b5c0E3';
/** Uniswap's universal router and Permit2 on Ethereum mainnet (public, well-known contracts). */
export const router = '0x3fC91A3afd70395Cd496C647d5a6CC9D4B2b7FAD';
export const permit2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
export const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';

/** An ERC-20 token's metadata as a token-list or explorer server returns it. */
export const tokenInfo = (name: string, symbol: string, description: string): string =>
  json({ chainId: 1, address: '0x6b8F2c1E4a9d07B3e5C2f81A9d4E0b7c3F6a2D19', name, symbol, decimals: 18, description, holders: 18244, verified: true });

/** An NFT's metadata (ERC-721 tokenURI JSON). */
export const nftMetadata = (name: string, description: string, attributes: readonly (readonly [string, string])[] = []): string =>
  json({ name, description, image: 'ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/412.png', attributes: attributes.map(([trait_type, value]) => ({ trait_type, value })) });

/** An explorer's verified-source answer: the contract name and its Solidity text. */
export const verifiedSource = (contract: string, source: string): string =>
  json({ status: '1', message: 'OK', result: [{ ContractName: contract, CompilerVersion: 'v0.8.24+commit.e11b9ed9', OptimizationUsed: '1', SourceCode: source }] });

/** A Snapshot-like governance proposal. */
export const proposal = (title: string, body: string): string =>
  json({ id: '0x4c1e7f0a92b3d5e8c6a1f4b0d9e2c7a3b5f8e1d4c0a9b2e6f3d7c1a8b4e0f9d2', title, body, choices: ['For', 'Against', 'Abstain'], state: 'active', author: friend, space: { id: 'lumendao.eth' } });

/** A Stripe-like API object. */
export const stripeObject = (object: string, fields: Record<string, unknown>): string =>
  json({ id: `${object.slice(0, 2)}_1QhX7bLk2Zq9Rt4e`, object, livemode: true, created: 1796626800, ...fields });

/** A call's transcript as a voice platform returns it: speaker turns. */
export const transcript = (turns: readonly (readonly [string, string])[]): string =>
  json({ sid: 'GT7a1f3c9e2b4d', status: 'completed', duration: 184, sentences: turns.map(([speaker, text], i) => ({ speaker, start: i * 9.5, text })) });

/** An SMS inbox list as a telephony server returns it. */
export const smsList = (messages: readonly (readonly [string, string])[]): string =>
  json({ messages: messages.map(([from, body], i) => ({ sid: `SM${i}c4e2a9f1b7`, from, to: '+14155550142', body, direction: 'inbound', date_sent: '2026-12-07T17:2' + i + ':00Z' })) });
