import { useState } from 'react';
import { errorMessage, getFragmentData, graphql, type FragmentType, type Viewer } from '@guildhall/web-data-access';

export const PostPermissions_post = graphql(`
  fragment PostPermissions_post on Post {
    locked
    author {
      id
    }
    guild {
      id
      viewerIsMember
      coordinators {
        id
      }
    }
  }
`);

export interface PostPermissions {
  isAuthor: boolean;
  /** The guild's coordinators and admins pin, lock and delete. */
  canModerate: boolean;
  canComment: boolean;
}

/** What the viewer may do with a post; the API decides again on every mutation. */
export function postPermissions(ref: FragmentType<typeof PostPermissions_post>, viewer: Viewer | null): PostPermissions {
  const post = getFragmentData(PostPermissions_post, ref);
  const isCoordinator = post.guild.coordinators.some((c) => c.id === viewer?.id);
  return {
    isAuthor: viewer?.id === post.author.id,
    canModerate: isCoordinator || viewer?.role === 'ADMIN',
    canComment: post.guild.viewerIsMember && !post.locked,
  };
}

/** Runs one action on the post (vote, pin, accept…); its failure is shown once, under the actions. */
export function usePostAction() {
  const [error, setError] = useState<string>();
  const act = async (fn: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return { error, act };
}

export type PostAct = ReturnType<typeof usePostAction>['act'];
