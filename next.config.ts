import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { remarkPlugins, rehypePlugins } from './lib/content/mdx-options.mjs';

const nextConfig: NextConfig = {
  output: 'export',
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  images: { unoptimized: true },
  trailingSlash: true,
};

const withMDX = createMDX({ extension: /\.mdx?$/, options: { remarkPlugins, rehypePlugins } });

export default withMDX(nextConfig);
